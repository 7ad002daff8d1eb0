package com.creditdesk.ui;

import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditEntry;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.demo.ExampleCampaign;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.logic.ledger.TaskRepository;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskEdit;
import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.testutil.ExchangeFixtures;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 操作记录 screen filters the real log; the conflicts dialog decides a received package's conflicts. */
class AuditWindowTest extends WindowTest {

    @SuppressWarnings("unchecked")
    private TableView<AuditEntry> table() {
        return robot.lookup("#auditLogTable").queryAs(TableView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersNarrowTheLog() throws Exception {
        try (Database db = Database.openFile(app.databaseFile())) {
            new ExampleCampaign(db.dsl(), "系统").loadIfFirstStart();
            for (String actor : List.of("张三", "李四")) {
                LedgerService ledger = new LedgerService(db.dsl(), actor);
                Task task = ledger.tasks(1).get(1);
                ledger.updateTask(new TaskEdit(task.id(), task.version(), task.title(), TaskStatus.IN_PROGRESS,
                        actor + "：已报送初稿", List.of()));
            }
        }
        app.start();
        robot.clickOn("#nav-audit");
        WaitForAsyncUtils.waitForFxEvents();
        int all = table().getItems().size();
        assertTrue(all >= 4, "example import + status + two notes: " + all);
        assertTrue(robot.lookup("#auditPage").queryAs(Label.class).getText().startsWith("第 1 / 1 页"));

        ComboBox<String> actor = robot.lookup("#auditActor").queryAs(ComboBox.class);
        robot.interact(() -> actor.setValue("李四"));
        robot.clickOn("#auditSearch");
        assertEquals(List.of("李四"), table().getItems().stream().map(AuditEntry::actor).distinct().toList());
        assertEquals(1, table().getItems().size(), "李四 changed only the note");

        robot.clickOn("#auditClear");
        assertEquals(all, table().getItems().size());
        robot.clickOn("#auditText").write("初稿");
        robot.clickOn("#auditSearch");
        assertEquals(2, table().getItems().size());
        assertTrue(robot.lookup("张三：已报送初稿").tryQuery().isPresent(), "the new value is shown verbatim");

        robot.clickOn("#auditClear");
        ComboBox<AuditAction> action = robot.lookup("#auditAction").queryAs(ComboBox.class);
        robot.interact(() -> action.setValue(AuditAction.IMPORT));
        robot.clickOn("#auditSearch");
        assertEquals(List.of(AuditAction.IMPORT), table().getItems().stream().map(AuditEntry::action).distinct().toList());
        ComboBox<String> entity = robot.lookup("#auditEntity").queryAs(ComboBox.class);
        robot.interact(() -> {
            action.setValue(null);
            entity.setValue("task");
        });
        robot.clickOn("#auditSearch");
        assertEquals(List.of("task"), table().getItems().stream().map(AuditEntry::entity).distinct().toList());

        DatePicker from = robot.lookup("#auditFrom").queryAs(DatePicker.class);
        robot.interact(() -> from.setValue(LocalDate.now().plusDays(1)));
        robot.clickOn("#auditSearch");
        assertEquals(0, table().getItems().size(), "nothing was changed tomorrow");
        assertTrue(robot.lookup("暂无操作记录。").tryQuery().isPresent());
    }

    @Test
    void conflictsDialogTakesTheCountysValue() throws Exception {
        try (Database db = Database.openFile(app.databaseFile())) {
            ExchangeFixtures.cityWithConflicts(db.dsl(), dataDir);
        }
        app.start();
        robot.clickOn("文件");
        robot.clickOn("处理报送包冲突…");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> conflicts = robot.lookup("#conflictsTable").queryAs(TableView.class);
        assertEquals(2, conflicts.getItems().size());
        assertTrue(robot.lookup("受阻").tryQuery().isPresent(), "the city's status, in words");
        assertTrue(robot.lookup("已完成").tryQuery().isPresent(), "the county's status, in words");
        robot.clickOn("#conflictsTakeAll");
        robot.clickOn("#conflictsSave");
        WaitForAsyncUtils.waitForFxEvents();
        app.stop();
        try (Database db = Database.openFile(app.databaseFile())) {
            Task task = new TaskRepository(db.dsl()).findByCampaign(db.dsl().select(com.creditdesk.logic.db.generated.Tables.CAMPAIGN.ID)
                            .from(com.creditdesk.logic.db.generated.Tables.CAMPAIGN)
                            .where(com.creditdesk.logic.db.generated.Tables.CAMPAIGN.COUNTY_CODE.eq("130502")).fetchSingle().value1())
                    .stream().filter(t -> t.title().equals(ExchangeFixtures.TASK)).findFirst().orElseThrow();
            assertEquals(TaskStatus.DONE, task.status());
            assertEquals("已印发《襄都区信用制度》", task.progressNote());
        }
    }
}
