package com.creditdesk.ui;

import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.scoring.ScenarioService;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.Scenario;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 评分模拟 in the real window, headless: pick 邹城, type an input, see the total move, save, reopen. */
class ScoreWindowTest extends WindowTest {

    private static final String ZOUCHENG = "shandong-typical-city-zoucheng-2022";

    @SuppressWarnings("unchecked")
    private void openZoucheng() {
        robot.clickOn("#nav-score");
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<IndicatorSystem> systems = robot.lookup("#scoreSystem").queryAs(ComboBox.class);
        IndicatorSystem zoucheng = systems.getItems().stream().filter(s -> s.code().equals(ZOUCHENG)).findFirst().orElseThrow();
        robot.interact(() -> systems.getSelectionModel().select(zoucheng));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String total() {
        return robot.lookup("#scoreTotal").queryAs(Label.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void changeAnInputSaveAndReopen() throws Exception {
        app.start();
        openZoucheng();
        assertTrue(robot.lookup("1 国家城市信用监测排名情况").tryQuery().isPresent(), "indicators are listed");
        String before = total();
        assertTrue(before.startsWith("已计总分 0 / 100 分"), before);
        assertEquals("缺少输入", robot.lookup("#score-1_1").queryAs(Label.class).getText());

        Spinner<BigDecimal> rank = robot.lookup("#input-monitoring_rank_avg").queryAs(Spinner.class);
        robot.clickOn(rank.getEditor()).write("15");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("缺少输入", robot.lookup("#score-1_1").queryAs(Label.class).getText(),
                "the deductions of 1.1 are still missing: not assumed to be 0");
        for (String key : List.of("fraud_incidents", "ideology_incidents", "security_incidents", "medical_deduction")) {
            Spinner<BigDecimal> penalty = robot.lookup("#input-" + key).queryAs(Spinner.class);
            robot.clickOn(penalty.getEditor()).write("0");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("18 / 20 分", robot.lookup("#score-1_1").queryAs(Label.class).getText());
        assertNotEquals(before, total());
        assertTrue(total().startsWith("已计总分 18 / 100 分"), total());

        robot.clickOn("#saveScenario");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#scoreStatus").queryAs(Label.class).getText().startsWith("已保存方案“当前”"));
        app.stop();

        try (Database db = Database.openFile(app.databaseFile())) {
            ScenarioService service = new ScenarioService(db.dsl(), "check");
            List<Scenario> saved = service.list(1, ZOUCHENG);
            assertEquals(List.of("当前"), saved.stream().map(Scenario::name).toList());
            Map<String, Object> values = service.values(saved.get(0).id());
            assertEquals(5, values.size());
            assertEquals(new BigDecimal("15"), values.get("monitoring_rank_avg"));
            assertEquals(6, new AuditLog(db.dsl()).list("scenario", saved.get(0).id(), 10).size(), "created + 5 inputs");
        }

        app.start();
        openZoucheng();
        Spinner<BigDecimal> reopened = robot.lookup("#input-monitoring_rank_avg").queryAs(Spinner.class);
        assertEquals("15", reopened.getEditor().getText());
        assertEquals("18 / 20 分", robot.lookup("#score-1_1").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#saveScenario").query().isDisabled(), "nothing unsaved after reopening");
    }
}
