package com.creditdesk.ui.deadlines;

import com.creditdesk.logic.audit.AuditEntry;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.deadline.DeadlineService;
import com.creditdesk.logic.demo.ExampleCampaign;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.ledger.CampaignRepository;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskEdit;
import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.model.deadline.DueGroup;
import com.creditdesk.model.deadline.DueItem;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.testutil.TestDatabases;
import com.creditdesk.ui.util.CurrentThreadTaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The 期限 board on the example campaign, without a window. */
@Tag("db")
class DeadlineBoardViewModelTest {

    private Database db;
    private DeadlineBoardViewModel vm;
    private final SimpleObjectProperty<Campaign> campaign = new SimpleObjectProperty<>();
    private LocalDate today = LocalDate.of(2021, 6, 25);

    @BeforeEach
    void setUp() {
        db = TestDatabases.fresh();
        new ExampleCampaign(db.dsl(), "tester").loadIfFirstStart();
        vm = new DeadlineBoardViewModel(new DeadlineService(db.dsl(), "tester", DeadlineService.standardBoard()),
                new CurrentThreadTaskExecutor(e -> fail(e)), Messages.of(Messages.CHINESE), () -> today, campaign);
        campaign.set(new CampaignRepository(db.dsl()).findAll().get(0));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void exampleCampaignGroupsItsDeadlines() {
        // （二） 3 月底前 is overdue; （一）（五） 6 月底前 are due within a week; 11 tasks are 持续推进.
        assertEquals(1, vm.count(DueGroup.OVERDUE));
        assertEquals(2, vm.count(DueGroup.DUE_7));
        assertEquals(11, vm.count(DueGroup.ONGOING));
        assertEquals("已逾期 1 项 · 7天内到期 2 项 · 30天内到期 0 项 · 持续推进 11 项 · 待核对 0 项 · 已完成 0 项",
                vm.summaryProperty().get());
        assertEquals("健全和落实信用制度", vm.items().get(0).title());
        assertEquals(2, vm.itemsOn(LocalDate.of(2021, 6, 30)).size());
    }

    @Test
    void filtersByUnitAndGroup() {
        vm.filterUnitProperty().set("市司法局");
        assertEquals(List.of("制定邢台市社会信用促进条例"), vm.items().stream().map(DueItem::title).toList());
        vm.filterUnitProperty().set(null);
        vm.filterGroupProperty().set(DueGroup.DUE_7);
        assertEquals(2, vm.items().size());
        assertTrue(vm.unitSummaries().get(0).overdue() > 0, "the units most behind come first");
    }

    @Test
    void overrideMovesTheItemAndIsAudited() {
        DueItem overdue = vm.items().get(0);
        vm.selectedProperty().set(overdue);
        vm.overrideDateProperty().set(LocalDate.of(2021, 7, 10));
        vm.overrideNoteProperty().set("市政府同意延期");
        vm.saveOverride();
        assertEquals(0, vm.count(DueGroup.OVERDUE));
        assertEquals("到期日已调整为 2021-07-10，已记入操作记录。", vm.messageProperty().get());
        AuditEntry entry = new AuditLog(db.dsl()).list("task", overdue.taskId(), 1).get(0);
        assertEquals("deadline_override", entry.field());
        assertEquals("2021-07-10", entry.newValue());
        assertEquals("市政府同意延期", entry.source());

        vm.selectedProperty().set(vm.items().stream().filter(DueItem::overridden).findFirst().orElseThrow());
        vm.clearOverride();
        assertEquals(1, vm.count(DueGroup.OVERDUE));
    }

    @Test
    void overrideWithoutADateIsRefusedWithAMessage() {
        vm.selectedProperty().set(vm.items().get(0));
        vm.overrideDateProperty().set(null);
        vm.saveOverride();
        assertEquals("请先选择日期。", vm.messageProperty().get());
    }

    @Test
    void aTaskMarkedDoneLeavesTheOverdueList() {
        today = LocalDate.of(2021, 7, 15);
        vm.load();
        assertEquals(3, vm.count(DueGroup.OVERDUE));
        long taskId = vm.items().get(0).taskId();
        LedgerService ledger = new LedgerService(db.dsl(), "tester");
        Task task = ledger.tasks(campaign.get().id()).stream().filter(t -> t.id() == taskId).findFirst().orElseThrow();
        ledger.updateTask(new TaskEdit(task.id(), task.version(), task.title(), TaskStatus.DONE, null, List.of()));
        vm.load();
        assertEquals(2, vm.count(DueGroup.OVERDUE));
        assertEquals(1, vm.count(DueGroup.DONE));
    }
}
