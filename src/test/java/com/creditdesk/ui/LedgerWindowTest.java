package com.creditdesk.ui;

import com.creditdesk.logic.audit.AuditEntry;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.ledger.TaskRepository;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.ui.ledger.LedgerRow;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real window, headless: start on a temp database, filter, edit, restart, check. */
class LedgerWindowTest extends WindowTest {

    /** A fixed day inside the example campaign, so deadline groups are stable. */
    static final java.time.Clock TODAY = java.time.Clock.fixed(java.time.Instant.parse("2021-05-25T02:00:00Z"),
            java.time.ZoneId.of("Asia/Shanghai"));

    private void startApp() throws Exception {
        app.start();
    }

    private void stopApp() throws Exception {
        app.stop();
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<LedgerRow> table() {
        return (TreeTableView<LedgerRow>) robot.lookup("#ledgerTable").query();
    }

    private static List<String> visibleTitles(TreeItem<LedgerRow> item) {
        List<String> out = new ArrayList<>();
        for (TreeItem<LedgerRow> child : item.getChildren()) {
            if (!child.getValue().isSection()) {
                out.add(child.getValue().task().title());
            }
            out.addAll(visibleTitles(child));
        }
        return out;
    }

    @Test
    @SuppressWarnings("unchecked")
    void filterEditRestartAndAudit() throws Exception {
        startApp();
        assertEquals(20, visibleTitles(table().getRoot()).size());
        assertTrue(robot.lookup("制定邢台市社会信用促进条例").tryQuery().isPresent(), "Chinese task titles are shown");

        // Filter by unit through the combo box, then by text.
        ComboBox<String> unitFilter = robot.lookup("#filterUnit").queryAs(ComboBox.class);
        robot.interact(() -> unitFilter.getSelectionModel().select("市文明办"));
        assertEquals(List.of("开展重点领域失信专项治理"), visibleTitles(table().getRoot()));
        robot.clickOn("清除筛选");
        assertEquals(20, visibleTitles(table().getRoot()).size());
        robot.clickOn("#filterText").write("credit");
        assertEquals(List.of(), visibleTitles(table().getRoot()));
        robot.clickOn("清除筛选");

        // Select a task by clicking its row and edit it in the side panel.
        robot.clickOn("健全和落实信用制度");
        ComboBox<TaskStatus> status = robot.lookup("#editStatus").queryAs(ComboBox.class);
        robot.interact(() -> status.getSelectionModel().select(TaskStatus.DONE));
        robot.clickOn("#editProgress").write("Issued 2021-03-20");
        robot.clickOn("#saveTask");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("已保存，并记入操作记录。").tryQuery().isPresent());
        List<String> cellTexts = robot.from(table()).lookup(".tree-table-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.TreeTableCell<?, ?>) n).getText()).toList();
        assertTrue(cellTexts.contains("已完成"), "the table shows the new status: " + cellTexts);

        // An empty title is refused in the form: the save button is disabled.
        TextArea title = robot.lookup("#editTitle").queryAs(TextArea.class);
        robot.interact(() -> title.setText(""));
        assertTrue(robot.lookup("#saveTask").query().isDisabled());
        assertTrue(robot.lookup("任务名称不能为空。").tryQuery().isPresent());

        stopApp();

        // The edit is in the database, with its audit entries, and survives a restart.
        try (Database db = Database.openFile(app.databaseFile())) {
            Task saved = new TaskRepository(db.dsl()).findByCampaign(1).stream()
                    .filter(t -> t.title().equals("健全和落实信用制度")).findFirst().orElseThrow();
            assertEquals(TaskStatus.DONE, saved.status());
            assertEquals("Issued 2021-03-20", saved.progressNote());
            List<AuditEntry> log = new AuditLog(db.dsl()).list("task", saved.id(), 10);
            assertEquals(List.of("progress_note", "status"), log.stream().map(AuditEntry::field).toList());
        }
        startApp();
        assertEquals(20, visibleTitles(table().getRoot()).size(), "the example is not loaded twice");
        robot.clickOn("健全和落实信用制度");
        assertEquals("Issued 2021-03-20", robot.lookup("#editProgress").queryAs(TextArea.class).getText());
        robot.clickOn("#nav-settings");
        assertTrue(robot.lookup("#auditTable").tryQuery().isPresent());
        assertTrue(robot.lookup("Issued 2021-03-20").tryQuery().isPresent(), "the audit log lists the edit");
    }

    @Test
    void otherScreensShowTheCampaignsUnits() throws Exception {
        startApp();
        robot.clickOn("#nav-reports");
        assertTrue(robot.lookup("#unitsTable").tryQuery().isPresent());
        assertTrue(robot.lookup("市行政审批局").tryQuery().isPresent());
        robot.clickOn("#nav-evidence");
        assertTrue(robot.lookup("#requirementTable").tryQuery().isPresent());
        robot.clickOn("#nav-deadlines");
        assertTrue(robot.lookup("#dueTable").tryQuery().isPresent());
        assertTrue(robot.lookup("持续推进").tryQuery().isPresent());
    }
}
