package com.creditdesk.logic.report;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.scoring.ScenarioService;
import com.creditdesk.model.indicator.Scenario;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Two scenarios of the 濮阳 system in the example database: 现状 (one veto failed) and 冲刺. */
final class ScoreSheetFixture {

    static final String PUYANG = "puyang-2021";

    private ScoreSheetFixture() {
    }

    static void addScenarios(Database db) {
        long campaignId = ReportFixture.service(db).campaign(null).id();
        ScenarioService scenarios = new ScenarioService(db.dsl(), "test");
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("code_error_rate", new BigDecimal("0.005"));
        now.put("hall_connected", true);
        now.put("ideology_responsibility", false);
        now.put("s1_decisions", new BigDecimal("4"));
        now.put("cs_archive", true);
        now.put("cs_record_used", false);
        now.put("unrectified_institutions", 0);
        Scenario current = scenarios.createCurrent(campaignId, PUYANG, "现状");
        scenarios.save(current.id(), now);
        Scenario sprint = scenarios.copy(current.id(), "冲刺");
        Map<String, Object> better = new LinkedHashMap<>(now);
        better.put("ideology_responsibility", true);
        better.put("s1_decisions", new BigDecimal("5"));
        better.put("cs_record_used", true);
        scenarios.save(sprint.id(), better);
    }
}
