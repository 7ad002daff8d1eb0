package com.creditdesk.ui;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.demo.ExampleCampaign;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.logic.report.ReportKind;
import com.creditdesk.logic.scoring.ScenarioService;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.Scenario;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Pagination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 报表 in the real window: choosing the 自评打分表 offers the system and its scenarios; the preview pages. */
class ReportsWindowTest extends WindowTest {

    @Test
    @SuppressWarnings("unchecked")
    void scoreSheetChoicesAndPrintPreview() throws Exception {
        try (Database db = Database.openFile(app.databaseFile())) {
            new ExampleCampaign(db.dsl(), "t").loadIfFirstStart();
            long campaign = new LedgerService(db.dsl(), "t").campaigns().get(0).id();
            ScenarioService scenarios = new ScenarioService(db.dsl(), "t");
            Scenario now = scenarios.createCurrent(campaign, "puyang-2021", "现状");
            scenarios.save(now.id(), Map.of("hall_connected", true, "ideology_responsibility", false));
            scenarios.copy(now.id(), "冲刺");
        }
        app.start();
        robot.clickOn("#nav-reports");
        WaitForAsyncUtils.waitForFxEvents();
        Node scoring = robot.lookup("#reportScoringChoice").query();
        assertFalse(scoring.isVisible(), "hidden while another report is chosen");
        ComboBox<ReportKind> kind = robot.lookup("#reportKind").queryAs(ComboBox.class);
        robot.interact(() -> kind.getSelectionModel().select(ReportKind.SCORE_SHEET));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scoring.isVisible());
        assertTrue(robot.lookup("#reportUnit").query().isDisabled(), "no unit for the score sheet");
        ComboBox<IndicatorSystem> system = robot.lookup("#reportSystem").queryAs(ComboBox.class);
        assertEquals("puyang-2021", system.getValue().code());
        ComboBox<String> scenario = robot.lookup("#reportScenario").queryAs(ComboBox.class);
        ComboBox<String> compare = robot.lookup("#reportCompareWith").queryAs(ComboBox.class);
        assertEquals("现状", scenario.getValue());
        assertEquals(java.util.Arrays.asList(null, "现状", "冲刺"), compare.getItems());
        robot.interact(() -> compare.getSelectionModel().select("冲刺"));
        robot.clickOn("#reportPreview");
        WaitForAsyncUtils.waitForFxEvents();
        Pagination pages = robot.lookup("#printPreviewPages").queryAs(Pagination.class);
        assertTrue(pages.getPageCount() > 3, "pages: " + pages.getPageCount());
        Stage preview = (Stage) pages.getScene().getWindow();
        assertTrue(preview.getTitle().startsWith("打印预览：自评打分表"), preview.getTitle());
        assertTrue(robot.lookup("（冲刺）").tryQuery().isPresent(), "the compared scenario's column");
        robot.interact(preview::close);
        assertEquals(List.of(), Window.getWindows().stream().filter(w -> w == preview).toList());
    }
}
