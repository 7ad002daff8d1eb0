package com.creditdesk.ui;

import com.creditdesk.logic.db.Database;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.RiskRow;
import com.creditdesk.model.indicator.StoredNode;
import com.creditdesk.testutil.ImportedIndicators;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 评分模拟 with an imported indicator table, in the real window: choose it, paste a 评分标准,
 * let the app propose the rule, confirm it, enter the input, see the score, see 逾期风险.
 */
class StoredSystemWindowTest extends WindowTest {

    private static final String RULE = "酌情计分，最高得5分";

    private void tab(int index) {
        TabPane tabs = robot.lookup("#scoreTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TreeItem<StoredNode> find(TreeItem<StoredNode> item, long id) {
        if (item.getValue() != null && item.getValue().id() == id) {
            return item;
        }
        for (TreeItem<StoredNode> child : item.getChildren()) {
            TreeItem<StoredNode> found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Test
    @SuppressWarnings("unchecked")
    void confirmAPastedRuleOfAnImportedSystemAndSeeScoreAndRisks() throws Exception {
        long id;
        try (Database db = Database.openFile(app.databaseFile())) {
            ImportedIndicators.importPuyang(db);
            id = ImportedIndicators.indicatorWithRule(db, RULE);
            // LedgerWindowTest.TODAY is 2021-05-25: this evidence is overdue
            ImportedIndicators.evidenceDue(db, id, LocalDate.of(2021, 5, 1));
        }
        app.start();
        robot.clickOn("#nav-score");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<IndicatorSystem> systems = robot.lookup("#scoreSystem").queryAs(ComboBox.class);
        IndicatorSystem imported = systems.getItems().stream().filter(s -> s.code().startsWith("import-"))
                .findFirst().orElseThrow();
        robot.interact(() -> systems.getSelectionModel().select(imported));
        WaitForAsyncUtils.waitForFxEvents();
        Label score = robot.lookup("#score-" + id).queryAs(Label.class);
        assertEquals("待确认规则", score.getText());
        String totalBefore = robot.lookup("#scoreTotal").queryAs(Label.class).getText();

        tab(3);
        TreeView<StoredNode> tree = robot.lookup("#systemTree").queryAs(TreeView.class);
        robot.interact(() -> tree.getSelectionModel().select(find(tree.getRoot(), id)));
        TextArea text = robot.lookup("#ruleText").queryAs(TextArea.class);
        String verbatim = text.getText();
        assertTrue(verbatim.contains(RULE), verbatim);
        robot.interact(() -> text.setText(""));
        robot.interact(() -> text.setText(verbatim));   // what a paste does
        robot.clickOn("#proposeRule");
        assertEquals("DISCRETIONARY", robot.lookup("#ruleKind").queryAs(ComboBox.class).getValue());
        assertEquals("5", robot.lookup("#param-MAX").queryAs(TextField.class).getText());
        // below the fold of the form: scrolled to by a person, fired here
        robot.interact(() -> robot.lookup("#confirmRule").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#editorStatus").queryAs(Label.class).getText().startsWith("已保存评分规则"),
                robot.lookup("#editorError").queryAs(Label.class).getText());

        tab(0);
        Spinner<BigDecimal> expected = robot.lookup("#input-in" + id).queryAs(Spinner.class);
        // the card's long verbatim rule text pushes the editor below the fold of the test window
        robot.interact(() -> expected.getEditor().setText("4"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4 / 5 分", robot.lookup("#score-" + id).queryAs(Label.class).getText());
        assertNotEquals(totalBefore, robot.lookup("#scoreTotal").queryAs(Label.class).getText());

        tab(4);
        TableView<RiskRow> risks = robot.lookup("#riskTable").queryAs(TableView.class);
        assertEquals(String.valueOf(id), risks.getItems().get(0).indicatorId());
        assertTrue(robot.lookup("5 分").tryQuery().isPresent(), "the points at stake are shown");
        DatePicker date = robot.lookup("#inspectionDate").queryAs(DatePicker.class);
        robot.interact(() -> date.setValue(LocalDate.of(2021, 9, 30)));
        robot.clickOn("#setInspectionDate");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#riskSummary").queryAs(Label.class).getText().contains("检查日期 2021-09-30"),
                robot.lookup("#riskSummary").queryAs(Label.class).getText());
    }
}
