package com.creditdesk.logic.scoring;

import com.creditdesk.model.indicator.Category;
import com.creditdesk.model.indicator.Combine;
import com.creditdesk.model.indicator.Discretionary;
import com.creditdesk.model.indicator.Indicator;
import com.creditdesk.model.indicator.IndicatorKind;
import com.creditdesk.model.indicator.IndicatorScore;
import com.creditdesk.model.indicator.IndicatorStatus;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.InputSpec;
import com.creditdesk.model.indicator.InputUnit;
import com.creditdesk.model.indicator.ScoreResult;
import com.creditdesk.model.indicator.SubRule;
import com.creditdesk.model.indicator.YesNo;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoreCalculatorTest {

    private final ScoreCalculator calculator = new ScoreCalculator();

    private static void assertPoints(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    private static IndicatorScore indicator(ScoreResult result, String id) {
        return result.indicators().stream().filter(score -> score.id().equals(id)).findFirst().orElseThrow();
    }

    /** A complete 邹城 scenario; every indicator's score is worked out by hand in the comments. */
    static Map<String, Object> zouchengScenario() {
        Map<String, Object> in = new HashMap<>();
        in.put("monitoring_rank_avg", 35);        // 20 − ceil(25/10)×2 = 14
        in.put("fraud_incidents", 0);
        in.put("ideology_incidents", 1);          // −2 → 1.1 = 12
        in.put("security_incidents", 0);
        in.put("medical_deduction", 0);
        in.put("gov_judgment_debtors", 1);        // 10 − 1 = 9
        in.put("serious_dishonest_share", 0.4);   // 4 × (0.5 − 0.4)/(0.5 − 0.3) = 2
        in.put("code_error_monthly", 11);         // 11 × 0.2 − 1 × 0.2 = 2.0
        in.put("credit_checks", 150000);          // 150000/100000 = 150% > 100 → 4
        in.put("market_entities", 100000);
        in.put("dp_compliance_monthly", 12);      // 2.4
        in.put("dp_timeliness_monthly", 10);      // 2.0 − 0.4 = 1.6 → 3.1 = 4.0
        in.put("data_volume", 9000);              // 9000万条 > 8000万 → 5
        in.put("domain_categories_200k", 6);      // 6 × 0.5 = 3
        in.put("xinyi_domains", 26);              // 4 − 4 × 0.2 = 3.2
        in.put("xyd_registered_share", 2);        // 6 × (2 − 1)/(3 − 1) = 3
        in.put("xyd_amount", 6.5);                // 6 × (6.5 − 3)/(10 − 3) = 3
        in.put("commitment_ratio", 65);           // 6 × (65 − 50)/(80 − 50) = 3
        in.put("graded_domains", 18);             // 4 − 2 × 0.2 = 3.6
        in.put("mech_institution", 0.7);          // 0.7 + 0.5 + 0.7 + 0.6 = 2.5
        in.put("mech_organisation", 0.5);
        in.put("mech_staffing", 0.7);
        in.put("mech_funding", 0.6);
        in.put("innovations_recognized", 3);      // 3, capped by 分值 2
        in.put("sme_credit_progress", true);      // 4
        in.put("credit_word_curbed", "是");        // 1
        in.put("credit_word_cleanup", "否");       // 0
        in.put("credit_fraud_crackdown", true);   // 1
        in.put("major_financial_risk", false);    // 3 → 7.1 = 9
        return in;
    }

    @Test
    void zouchengScenarioAddsUpByHand() {
        IndicatorSystem system = BuiltinIndicatorSystems.find("shandong-typical-city-zoucheng-2022").orElseThrow();
        ScoreResult result = calculator.evaluate(system, zouchengScenario());
        // 12 + (9 + 2 + 2 + 4) + (4 + 5 + 3) + (3.2 + 3 + 3) + (3 + 3.6) + (2.5 + 2) + 9 = 70.3
        assertPoints("70.3", result.total());
        assertPoints("100", result.max());
        assertTrue(result.complete());
        assertNull(result.verdict());
        assertTrue(result.missing().isEmpty());
        assertPoints("12", indicator(result, "1.1").score());
        assertPoints("2", indicator(result, "2.3").score());
        assertPoints("4", indicator(result, "3.1").score());
        assertPoints("2", indicator(result, "6.2").score());
        assertPoints("17", result.categories().get(1).score());
        assertPoints("20.4", result.categories().get(1).max());
    }

    @Test
    void missingInputsAreListedNotAssumed() {
        IndicatorSystem system = BuiltinIndicatorSystems.find("shandong-typical-city-zoucheng-2022").orElseThrow();
        Map<String, Object> in = zouchengScenario();
        in.remove("xyd_amount");
        ScoreResult result = calculator.evaluate(system, in);
        IndicatorScore loans = indicator(result, "4.3");
        assertNull(loans.score());
        assertEquals(IndicatorStatus.INCOMPLETE, loans.status());
        assertEquals(List.of("xyd_amount"), loans.missingInputs());
        assertEquals(List.of("xyd_amount"), result.missing());
        assertFalse(result.complete());
        assertPoints("67.3", result.total());
    }

    @Test
    void rejectedInputsNeverGiveAScore() {
        IndicatorSystem system = BuiltinIndicatorSystems.find("shandong-typical-city-zoucheng-2022").orElseThrow();
        Map<String, Object> in = zouchengScenario();
        in.put("xyd_registered_share", 120);
        in.put("graded_domains", -1);
        in.put("mech_funding", 0.9);
        ScoreResult result = calculator.evaluate(system, in);
        assertEquals(IndicatorStatus.INVALID, indicator(result, "4.2").status());
        assertEquals("scoring.input.outOfRange", indicator(result, "4.2").problems().get(0).messageKey());
        assertNull(indicator(result, "5.2").score());
        assertEquals("scoring.input.aboveMax", indicator(result, "6.1").problems().get(0).messageKey());
        assertFalse(result.complete());
    }

    @Test
    void derivedRateIsComputedFromCounts() {
        IndicatorSystem system = BuiltinIndicatorSystems.find("puyang-2021").orElseThrow();
        // 有效异议占比 = 3 / 100000 = 0.00003 → 2 × (0.00005 − 0.00003)/0.00004 = 1 point, + 2 + 2 + 1 + 1 = 7
        Map<String, Object> in = Map.of("valid_objections", 3, "published_records", 100000, "objection_days", 5,
                "repair_overdue", 0, "repair_noncompliant", 0, "site_auto_sync", true);
        assertPoints("7", indicator(calculator.evaluate(system, in), "5.2").score());
        Map<String, Object> zero = Map.of("valid_objections", 3, "published_records", 0, "objection_days", 5,
                "repair_overdue", 0, "repair_noncompliant", 0, "site_auto_sync", true);
        IndicatorScore invalid = indicator(calculator.evaluate(system, zero), "5.2");
        assertEquals("scoring.input.zeroDenominator", invalid.problems().get(0).messageKey());
    }

    @Test
    void vetoFailureMarksTheResultWhateverThePoints() {
        IndicatorSystem system = BuiltinIndicatorSystems.find("quzhou-hard-indicators").orElseThrow();
        Map<String, Object> in = new HashMap<>();
        in.put("code_error_rate", "0.02");   // 0.02% is not below 万分之一 (0.01%)
        in.put("joint_domains", 40);
        ScoreResult result = calculator.evaluate(system, in);
        assertEquals(ScoreResult.VETOED, result.verdict());
        assertEquals(1, result.vetoFailures().size());
        assertEquals("code_error_rate", result.vetoFailures().get(0).input());
        assertEquals("2", result.vetoFailures().get(0).indicatorId());
        assertPoints("1", result.total());
        in.put("code_error_rate", "0.009");
        assertTrue(calculator.evaluate(system, in).vetoFailures().isEmpty());
    }

    @Test
    void vetoAgainstAReferenceValue() {
        IndicatorSystem system = BuiltinIndicatorSystems.find("xingtai-2021").orElseThrow();
        Map<String, Object> in = Map.of("credit_loan_scale", 80, "national_reference_scale", 95, "credit_loan_growth", 45);
        ScoreResult result = calculator.evaluate(system, in);
        assertEquals(ScoreResult.VETOED, result.verdict());
        assertEquals("national_reference_scale", result.vetoFailures().get(0).reference());
        assertPoints("1", indicator(result, "7.2").score()); // 45% ≥ 40% → 1 point, vetoed anyway
    }

    @Test
    void notApplicableMovesPointsToTheNamedIndicator() {
        IndicatorSystem system = BuiltinIndicatorSystems.find("puyang-2021").orElseThrow();
        Map<String, Object> in = new HashMap<>(Map.of("enterprise_platform", true, "dept_share_rate", 30,
                "bank_access_rate", 60, "urbanization_rate", 92));
        ScoreResult result = calculator.evaluate(system, in);
        // 1 + 0.5 + 1 = 2.5 of 3, rescaled to a total of 6: 2.5 × 6/3 = 5
        assertPoints("5", indicator(result, "4.1").score());
        assertPoints("6", indicator(result, "4.1").max());
        assertEquals(IndicatorStatus.NOT_APPLICABLE, indicator(result, "4.2").status());
        assertPoints("0", indicator(result, "4.2").max());
        in.put("urbanization_rate", 50);
        in.putAll(Map.of("rural_system_local", true, "rural_system_province", false,
                "farmers_covered", 4500, "farmers_total", 6000, "agri_coverage", 82.5));
        ScoreResult rural = calculator.evaluate(system, in);
        assertPoints("2.5", indicator(rural, "4.1").score());
        // 1 + 4500/6000 + 0.825 = 1 + 0.75 + 0.825 = 2.575
        assertPoints("2.575", indicator(rural, "4.2").score());
    }

    @Test
    void bonusAddsOnTopUpToItsCap() {
        InputSpec yes = new InputSpec("a", "甲", InputUnit.YESNO, null, null);
        InputSpec law = new InputSpec("law", "立法", InputUnit.YESNO, null, null);
        InputSpec contract = new InputSpec("contract", "合同履约", InputUnit.YESNO, null, null);
        InputSpec other = new InputSpec("other", "其他创新", InputUnit.SCORE, null, null);
        Indicator base = scored("1", IndicatorKind.SCORED, "5", new YesNo("a", new BigDecimal("5"), null));
        Indicator b1 = scored("X1", IndicatorKind.BONUS, "5", new YesNo("law", new BigDecimal("5"), null));
        Indicator b2 = scored("X2", IndicatorKind.BONUS, "5", new YesNo("contract", new BigDecimal("5"), null));
        Indicator b3 = scored("X3", IndicatorKind.BONUS, "3", new Discretionary("other", new BigDecimal("3")));
        IndicatorSystem system = new IndicatorSystem("t", "测试", null, null, new BigDecimal("10"), null,
                List.of(new Category("一", "一", null, List.of(base)), new Category("附加项", "附加项", null, List.of(b1, b2, b3))),
                List.of(yes, law, contract, other), null);
        ScoreResult result = calculator.evaluate(system, Map.of("a", true, "law", true, "contract", true, "other", 2));
        // base 5 + bonus min(5 + 5 + 2, 10) = 15
        assertPoints("10", result.bonus());
        assertPoints("15", result.total());
        assertPoints("5", result.max());
        assertPoints("10", result.bonusMax());
    }

    @Test
    void maxCombineTakesTheBestSubRule() {
        InputSpec p = new InputSpec("p", "p", InputUnit.SCORE, null, null);
        InputSpec q = new InputSpec("q", "q", InputUnit.SCORE, null, null);
        Indicator best = new Indicator("1", "1", "较高者", new BigDecimal("1"), IndicatorKind.SCORED, "以得分较高的为准",
                null, null, null, Combine.MAX, null, List.of(new SubRule("①", "①", new Discretionary("p", BigDecimal.ONE)),
                new SubRule("②", "②", new Discretionary("q", BigDecimal.ONE))));
        IndicatorSystem system = new IndicatorSystem("m", "m", null, null, null, null,
                List.of(new Category("一", "一", null, List.of(best))), List.of(p, q), null);
        assertPoints("0.7", calculator.evaluate(system, Map.of("p", 0.4, "q", 0.7)).total());
    }

    private static Indicator scored(String id, IndicatorKind kind, String max, com.creditdesk.model.indicator.ScoringRule rule) {
        return new Indicator(id, id, id, new BigDecimal(max), kind, "text", null, null, null, null, null,
                List.of(new SubRule(null, "text", rule)));
    }
}
