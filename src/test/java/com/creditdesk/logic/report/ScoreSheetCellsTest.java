package com.creditdesk.logic.report;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.scoring.BuiltinIndicatorSystems;
import com.creditdesk.logic.scoring.ScoreCalculator;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.CampaignLevel;
import com.creditdesk.model.report.Report;
import com.creditdesk.model.report.ReportRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule texts shortened for print, and a veto condition inside a scored indicator (邢台 7.2). */
class ScoreSheetCellsTest {

    private final IndicatorSystem xingtai = BuiltinIndicatorSystems.find("xingtai-2021").orElseThrow();
    private final Campaign campaign = new Campaign(1, "测试方案", CampaignLevel.NATIONAL, null, null, null, null, null, null);

    @Test
    void longRulesAreCutAtASentenceEndShortOnesStayVerbatim() {
        String rule = "1.建立制度的，得1分。".repeat(5) + "2.按照《指导意见》要求开展信用分级分类监管并有具体案例的，每个领域得0.5分。".repeat(4);
        String cut = ScoreSheetCells.abbreviate(rule, 120);
        assertTrue(cut.endsWith("。……"), cut);
        assertTrue(rule.startsWith(cut.substring(0, cut.length() - 2)), cut);
        assertTrue(cut.length() <= 122, cut);
        assertEquals("得 2分。", ScoreSheetCells.abbreviate("得 2分。", 120));
        String noStop = "甲".repeat(200);
        assertEquals("甲".repeat(120) + "……", ScoreSheetCells.abbreviate(noStop, 120));
    }

    @Test
    void vetoInsideAScoredIndicatorIsMissingThenFailedButNeverZero() {
        Map<String, Object> growthOnly = Map.of("credit_loan_growth", new BigDecimal("45"));
        List<String> row = row(build(growthOnly), "信易贷工作推进情况及成效（2）");
        assertEquals("缺少数据", row.get(5));
        assertTrue(row.get(6).contains("一票否决条件：缺少数据"), row.get(6));
        Map<String, Object> belowAverage = Map.of("credit_loan_growth", new BigDecimal("45"),
                "credit_loan_scale", new BigDecimal("10"), "national_reference_scale", new BigDecimal("20"));
        List<String> failed = row(build(belowAverage), "信易贷工作推进情况及成效（2）");
        assertEquals("1", failed.get(5), "the scored part still scores");
        assertTrue(failed.get(6).startsWith("一票否决未通过："), failed.get(6));
        Map<String, Object> aboveAverage = Map.of("credit_loan_growth", new BigDecimal("45"),
                "credit_loan_scale", new BigDecimal("30"), "national_reference_scale", new BigDecimal("20"));
        assertEquals("一票否决条件：通过", row(build(aboveAverage), "信易贷工作推进情况及成效（2）").get(6));
    }

    private Report build(Map<String, Object> values) {
        ScoredScenario scenario = new ScoredScenario("测算", values, new ScoreCalculator().evaluate(xingtai, values));
        return new ScoreSheetBuilder(Messages.of(Messages.CHINESE)).build(campaign, xingtai, List.of(scenario),
                LocalDate.of(2021, 6, 20));
    }

    private static List<String> row(Report report, String title) {
        return report.parts().get(0).rows().stream().filter(r -> r instanceof ReportRow.Cells)
                .map(r -> ((ReportRow.Cells) r).values()).filter(v -> v.get(1).equals(title)).findFirst().orElseThrow();
    }
}
