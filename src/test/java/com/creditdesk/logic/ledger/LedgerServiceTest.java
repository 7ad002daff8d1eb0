package com.creditdesk.logic.ledger;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditEntry;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.demo.ExampleCampaign;
import com.creditdesk.model.ledger.NodeKind;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskEdit;
import com.creditdesk.model.ledger.TaskEdit.UnitAssignment;
import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.model.ledger.UnitKind;
import com.creditdesk.model.ledger.UnitRole;
import com.creditdesk.testutil.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("db")
class LedgerServiceTest {

    private Database db;
    private LedgerService ledger;
    private long campaignId;

    @BeforeEach
    void setUp() {
        db = TestDatabases.fresh();
        ledger = new LedgerService(db.dsl(), "tester");
        campaignId = new ExampleCampaign(db.dsl(), "tester").loadIfFirstStart().orElseThrow();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Task task(String seq) {
        return ledger.tasks(campaignId).stream().filter(t -> seq.equals(t.seqLabel())).findFirst().orElseThrow();
    }

    @Test
    void editChangesStatusNoteAndUnitsAndAuditsEachField() {
        Task before = task("（一）");
        Task after = ledger.updateTask(new TaskEdit(before.id(), before.version(), before.title(), TaskStatus.IN_PROGRESS,
                "已起草条例初稿", List.of(new UnitAssignment("市司法局", UnitRole.LEAD),
                new UnitAssignment("市行政审批局", UnitRole.RESPONSIBLE))));

        assertEquals(TaskStatus.IN_PROGRESS, after.status());
        assertEquals("已起草条例初稿", after.progressNote());
        assertEquals(List.of("市司法局"), after.unitsIn(UnitRole.LEAD).stream().map(u -> u.unitName()).toList());
        assertEquals(before.version() + 1, after.version());

        List<AuditEntry> log = new AuditLog(db.dsl()).list("task", before.id(), 10);
        assertEquals(List.of("units", "progress_note", "status"), log.stream().map(AuditEntry::field).toList());
        AuditEntry status = log.get(2);
        assertEquals(AuditAction.UPDATE, status.action());
        assertEquals("NOT_STARTED", status.oldValue());
        assertEquals("IN_PROGRESS", status.newValue());
        assertEquals("tester", status.actor());
    }

    @Test
    void unchangedSaveWritesNoAuditEntry() {
        Task t = task("（二）");
        int before = new AuditLog(db.dsl()).count();
        ledger.updateTask(new TaskEdit(t.id(), t.version(), t.title(), t.status(), t.progressNote(),
                t.units().stream().map(u -> new UnitAssignment(u.unitName(), u.role())).toList()));
        assertEquals(before, new AuditLog(db.dsl()).count());
    }

    @Test
    void staleVersionIsRefusedAndNothingIsWritten() {
        Task t = task("（三）");
        ledger.updateTask(new TaskEdit(t.id(), t.version(), t.title(), TaskStatus.DONE, null, List.of()));
        UserFacingException e = assertThrows(UserFacingException.class, () -> ledger.updateTask(
                new TaskEdit(t.id(), t.version(), t.title(), TaskStatus.BLOCKED, "x", List.of())));
        assertEquals("error.task.changedBy", e.key());
        assertEquals("tester", e.args()[1], "names who saved it");
        assertEquals(TaskStatus.DONE, task("（三）").status());
    }

    @Test
    void blankTitleIsRejectedBeforeAnyWrite() {
        Task t = task("（四）");
        int auditBefore = new AuditLog(db.dsl()).count();
        UserFacingException e = assertThrows(UserFacingException.class, () -> ledger.updateTask(
                new TaskEdit(t.id(), t.version(), "  ", TaskStatus.DONE, null, List.of())));
        assertEquals("error.task.titleRequired", e.key());
        assertEquals(TaskStatus.NOT_STARTED, task("（四）").status());
        assertEquals(auditBefore, new AuditLog(db.dsl()).count());
    }

    @Test
    void unknownUnitNameBecomesANewUnitInTheSameTransaction() {
        Task t = task("（十六）");
        int unitsBefore = ledger.units().size();
        ledger.updateTask(new TaskEdit(t.id(), t.version(), t.title(), t.status(), null,
                List.of(new UnitAssignment("各县（市、区）人民政府", UnitRole.RESPONSIBLE))));
        assertEquals(unitsBefore + 1, ledger.units().size());
        assertEquals(UnitKind.GROUP, ledger.units().stream()
                .filter(u -> u.name().equals("各县（市、区）人民政府")).findFirst().orElseThrow().kind());
    }

    @Test
    void addAndDeleteTasksAreAudited() {
        Task section = task("三、");
        long id = ledger.addTask(campaignId, section.id(), "（二十一）", "新增任务");
        Task added = ledger.tasks(campaignId).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        assertEquals(NodeKind.TASK, added.kind());
        assertEquals(section.id(), added.parentId());

        ledger.deleteTask(id);
        assertTrue(ledger.tasks(campaignId).stream().noneMatch(t -> t.id() == id));
        List<AuditEntry> log = new AuditLog(db.dsl()).list("task", id, 10);
        assertEquals(List.of(AuditAction.DELETE, AuditAction.INSERT), log.stream().map(AuditEntry::action).toList());
    }

    @Test
    void deletingASectionDeletesItsTasks() {
        Task section = task("四、");
        int before = ledger.tasks(campaignId).size();
        ledger.deleteTask(section.id());
        assertEquals(before - 6, ledger.tasks(campaignId).size());
    }

    @Test
    void deletedExampleIsNotLoadedAgain() {
        ledger.deleteCampaign(campaignId);
        assertTrue(ledger.campaigns().isEmpty());
        assertFalse(new ExampleCampaign(db.dsl(), "tester").loadIfFirstStart().isPresent());
        assertTrue(ledger.campaigns().isEmpty());
    }
}
