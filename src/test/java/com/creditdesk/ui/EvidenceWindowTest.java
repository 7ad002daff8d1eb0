package com.creditdesk.ui;

import com.creditdesk.model.evidence.Requirement;
import com.creditdesk.ui.evidence.EvidenceRow;
import com.creditdesk.ui.evidence.EvidenceView;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 佐证材料 in the real window, on the example campaign with the 濮阳 基础指标 table imported (seed
 * 002): attach a file, review it through 退回 and 重新提交 to 审核通过, and watch the matrix follow.
 */
class EvidenceWindowTest extends WindowTest {

    private static Path fixture(String name) throws Exception {
        return Path.of(EvidenceWindowTest.class.getResource("/fixtures/" + name).toURI());
    }

    private Path picture(String name) throws Exception {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xff0000);
        Path file = dataDir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** Imports seed 002's 基础指标 table through 文件 → 导入通知 and opens 佐证材料. */
    private void importPuyangAndOpenEvidence(java.util.function.BooleanSupplier ready) throws Exception {
        MainWindow main = robot.lookup("#mainWindow").queryAs(MainWindow.class);
        Path file = fixture("puyang-2021-basic.docx");
        robot.interact(() -> main.openImport(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#importConfirm").query().isDisabled());
        robot.clickOn("#importConfirm");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#importDialog").tryQuery().isEmpty());
        robot.clickOn("#nav-evidence");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> groups().size() == 12 && ready.getAsBoolean());
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<EvidenceRow> requirementTable() {
        return robot.lookup("#requirementTable").queryAs(TreeTableView.class);
    }

    private List<TreeItem<EvidenceRow>> groups() {
        return requirementTable().getRoot().getChildren();
    }

    private Requirement firstRequirement() {
        return groups().get(0).getChildren().get(0).getValue().requirement();
    }

    private void clickRequirement(long id) {
        Node row = robot.lookup(".tree-table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TreeTableRow<?> r && r.getItem() instanceof EvidenceRow e && !e.isHeading()
                        && e.requirement().id() == id)
                .findFirst().orElseThrow();
        robot.clickOn(row);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @SuppressWarnings("unchecked")
    private String itemStatus() {
        TableView<?> items = robot.lookup("#itemsTable").queryAs(TableView.class);
        TableCell<?, ?> cell = robot.from(items).lookup(".table-cell").queryAll().stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getIndex() == 0 && c.getTableColumn() == items.getColumns().get(1))
                .findFirst().orElseThrow();
        return cell.getText();
    }

    private String matrixCell(long requirementId, long unitId) {
        selectTab("evidenceMatrixTab");
        String shown = robot.lookup("#matrix-cell-" + requirementId + "-" + unitId).queryAs(TableCell.class).getText();
        selectTab("evidenceListTab");
        return shown;
    }

    private void selectTab(String id) {
        TabPane tabs = (TabPane) robot.lookup(".tab-pane").queryAll().stream()
                .filter(n -> ((TabPane) n).getTabs().stream().anyMatch(t -> id.equals(t.getId()))).findFirst().orElseThrow();
        Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
    }

    @Test
    @org.junit.jupiter.api.Timeout(180)
    @SuppressWarnings("unchecked")
    void attachReturnResubmitAcceptAndTheMatrixFollows() throws Exception {
        app.start();
        importPuyangAndOpenEvidence(() -> true);
        assertTrue(text("#evidenceSummary").startsWith("共 12 项佐证材料要求"), text("#evidenceSummary"));
        Requirement requirement = firstRequirement();
        long unit = requirement.units().get(0).id();
        clickRequirement(requirement.id());
        assertEquals(requirement.text(), text("#detailText"), "the wording verbatim");
        assertEquals("缺", matrixCell(requirement.id(), unit));

        EvidenceView view = robot.lookup("#evidenceView").queryAs(EvidenceView.class);
        Path file = picture("系统截图.png");
        javafx.application.Platform.runLater(() -> view.attach(List.of(file)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#attachDialog").tryQuery().isPresent(), "the unit is asked for");
        robot.clickOn("#attachConfirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("已提交", itemStatus());
        assertTrue(robot.lookup("系统截图.png").tryQuery().isPresent(), "the file is listed");
        assertTrue(robot.lookup("#filePreview").queryAs(javafx.scene.image.ImageView.class).getImage() != null,
                "the picture is previewed");
        assertEquals("已提交", matrixCell(requirement.id(), unit));

        robot.clickOn("#reviewReturn");
        robot.clickOn("#returnReason").write("缺少公章");
        robot.clickOn("#returnConfirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("退回", itemStatus());
        assertEquals("退回原因：缺少公章", text("#returnReasonShown"));
        assertEquals("退回", matrixCell(requirement.id(), unit));
        assertTrue(robot.lookup("#reviewAccept").query().isDisabled(), "a returned delivery cannot be accepted");

        robot.clickOn("#reviewResubmit");
        assertEquals("已提交", itemStatus());
        robot.clickOn("#reviewAccept");
        assertEquals("审核通过", itemStatus());
        assertEquals("已通过", matrixCell(requirement.id(), unit));
        ListView<?> history = robot.lookup("#historyList").queryAs(ListView.class);
        assertEquals(4, history.getItems().size(), "提交, 退回, 重新提交, 审核通过");
        assertFalse(robot.lookup("#returnReasonShown").query().isVisible(), "accepted: no reason shown any more");

        // A matrix cell opens its requirement in the checklist.
        Requirement other = groups().get(1).getChildren().get(0).getValue().requirement();
        long otherUnit = other.units().get(0).id();
        selectTab("evidenceMatrixTab");
        robot.clickOn("#matrix-cell-" + other.id() + "-" + otherUnit);
        assertEquals(other.text(), text("#detailText"));
        assertTrue(robot.lookup("#requirementTable").query().isVisible(), "the checklist tab is shown");
    }

    @Test
    @org.junit.jupiter.api.Timeout(180)
    void theWindowStaysUsableWhileFilesAreCopied() throws Exception {
        GatedExecutor executor = new GatedExecutor("正在复制");
        app.start(executor);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#mainWindow").tryQuery().isPresent()
                && robot.lookup("#campaignChoice").tryQuery().isPresent());
        importPuyangAndOpenEvidence(() -> true);
        Requirement requirement = firstRequirement();
        clickRequirement(requirement.id());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#detailText").equals(requirement.text()));

        EvidenceView view = robot.lookup("#evidenceView").queryAs(EvidenceView.class);
        Path file = picture("扫描件.png");
        javafx.application.Platform.runLater(() -> view.attach(List.of(file)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#attachConfirm");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#copyProgress").query().isVisible());

        // The copy is held back, yet the window answers: tabs switch, the filter filters.
        selectTab("evidenceMatrixTab");
        assertTrue(robot.lookup("#matrixTable").query().isVisible());
        selectTab("evidenceListTab");
        robot.clickOn("#evidenceFilter").write("信易贷");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> groups().size() < 12);
        robot.interact(() -> robot.lookup("#evidenceFilter").queryAs(javafx.scene.control.TextField.class).clear());
        assertEquals(List.of(false), executor.gatedRanOnFxThread, "the copy runs off the FX thread");

        executor.open();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#copyProgress").query().isVisible()
                && "已提交".equals(itemStatusOrNull()));
        executor.close();
    }

    private String itemStatusOrNull() {
        try {
            return itemStatus();
        } catch (java.util.NoSuchElementException notYet) {
            return null;
        }
    }
}
