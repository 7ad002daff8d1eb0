package com.creditdesk.ui;

import com.creditdesk.model.importer.ColumnRole;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.ui.importer.ImportDialog;
import com.creditdesk.ui.ledger.LedgerRow;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 文件 → 导入通知…, headless: preview a fixture, confirm, and find its tasks in the ledger. */
class ImportWindowTest extends WindowTest {

    private MainWindow startApp() throws Exception {
        app.start();
        return robot.lookup("#mainWindow").queryAs(MainWindow.class);
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(ImportWindowTest.class.getResource("/fixtures/" + name).toURI());
    }

    /** The values of every item under {@code item}, depth first, each shown as {@code text} gives it. */
    private static <T> List<String> texts(TreeItem<T> item, java.util.function.Function<T, String> text) {
        List<String> out = new ArrayList<>();
        for (TreeItem<T> child : item.getChildren()) {
            out.add(text.apply(child.getValue()));
            out.addAll(texts(child, text));
        }
        return out;
    }

    private static List<String> titles(TreeItem<LedgerRow> item) {
        return texts(item, row -> row.task().title());
    }

    @Test
    @SuppressWarnings("unchecked")
    void previewConfirmAndSeeTheNewCampaignInTheLedger() throws Exception {
        MainWindow main = startApp();
        robot.clickOn("文件");
        assertTrue(robot.lookup("导入通知…").tryQuery().isPresent(), "the menu offers the import");
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);

        ImportDialog[] dialog = new ImportDialog[1];
        robot.interact(() -> dialog[0] = main.openImport(fixture("xingtai-2019-tasks.xlsx")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#importStatus").queryLabeled().getText().contains("xingtai-2019-tasks.xlsx"));
        ComboBox<?> kind = robot.lookup("#tableKind-0").queryAs(ComboBox.class);
        assertEquals("TASK_LEDGER", String.valueOf(kind.getValue()));
        robot.clickOn("任务");
        TreeView<String> tasks = robot.lookup("#importTasks").queryAs(TreeView.class);
        assertEquals(4, tasks.getRoot().getChildren().size());
        robot.clickOn("单位");
        assertTrue(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains("【新】")).tryQuery().isPresent(), "new units are marked 新");

        robot.clickOn("#importConfirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#importDialog").tryQuery().isPresent(), "the dialog closes after the import");

        ComboBox<Campaign> campaign = robot.lookup("#campaignChoice").queryAs(ComboBox.class);
        assertEquals(2, campaign.getItems().size(), "the example and the imported campaign");
        assertEquals(campaign.getItems().get(1), campaign.getValue(), "the ledger shows the new campaign");
        TreeTableView<LedgerRow> ledger = robot.lookup("#ledgerTable").queryAs(TreeTableView.class);
        List<String> shown = titles(ledger.getRoot());
        assertTrue(shown.contains("建设完善信用信息四级平台"), shown.toString());
        assertTrue(shown.contains("高标准建设市级信用信息平台"), shown.toString());
        assertTrue(robot.lookup("高标准建设市级信用信息平台").tryQuery().isPresent());
    }

    @Test
    @SuppressWarnings("unchecked")
    void changingAColumnMappingChangesThePreview() throws Exception {
        MainWindow main = startApp();
        robot.interact(() -> main.openImport(fixture("xingtai-2019-tasks.xlsx")));
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<ColumnRole> deadline = robot.lookup("#columnRole-0-5").queryAs(ComboBox.class);
        assertEquals(ColumnRole.DEADLINE, deadline.getValue(), "preselected with the recognised role");
        assertEquals("完成时限", deadline.getConverter().toString(deadline.getValue()));
        TreeView<String> tasks = robot.lookup("#importTasks").queryAs(TreeView.class);
        assertTrue(texts(tasks.getRoot(), String::valueOf).stream().anyMatch(t -> t.contains("〔完成时限：")));

        robot.clickOn("#columnRole-0-5");
        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.ListCell<?> cell
                && "备注".equals(cell.getText())).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();

        ComboBox<ColumnRole> after = robot.lookup("#columnRole-0-5").queryAs(ComboBox.class);
        assertEquals(ColumnRole.NOTE, after.getValue(), "the dialog shows the chosen role after re-reading");
        List<String> shown = texts(tasks.getRoot(), String::valueOf);
        assertEquals(4, tasks.getRoot().getChildren().size(), "the same sections");
        assertTrue(shown.stream().noneMatch(t -> t.contains("〔完成时限：")), shown.toString());
        robot.clickOn("#importCancel");
    }

    @Test
    void aBadFileIsExplainedInTheDialog() throws Exception {
        MainWindow main = startApp();
        Path bad = Files.write(dataDir.resolve("坏文件.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        robot.interact(() -> main.openImport(bad));
        WaitForAsyncUtils.waitForFxEvents();
        String error = robot.lookup("#importError").queryLabeled().getText();
        assertTrue(error.startsWith("无法读取文件 坏文件.xlsx"), error);
        assertTrue(robot.lookup("#importConfirm").query().isDisabled());
        robot.clickOn("#importCancel");
        assertFalse(robot.lookup("#importDialog").tryQuery().isPresent());
    }
}
