package com.creditdesk.model.indicator;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule kind with a worked example computed by hand from its seed text. */
class ScoringRuleTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static void assertPoints(String expected, BigDecimal actual) {
        assertEquals(0, d(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    @Test
    void linearWithCap() {
        // 003 #11: 城市实施联合奖惩领域数量/40，最高得1分. 32 领域 → 32/40 = 0.8; 50 领域 → 1.25, capped at 1.
        LinearCapped rule = new LinearCapped("n", BigDecimal.ONE, d("40"), BigDecimal.ONE);
        assertPoints("0.8", rule.evaluate(MapInputs.of("n", 32)));
        assertPoints("1", rule.evaluate(MapInputs.of("n", 50)));
        // 003 #14: 0.5m，最高得2分. m = 2.4 条 → 1.2; 100n: n = 0.013 → 1.3
        assertPoints("1.2", new LinearCapped("m", d("0.5"), null, d("2")).evaluate(MapInputs.of("m", "2.4")));
        assertPoints("1.3", new LinearCapped("n", d("100"), null, d("2")).evaluate(MapInputs.of("n", "0.013")));
        // 13/40 = 0.325 exactly
        assertPoints("0.325", rule.evaluate(MapInputs.of("n", 13)));
    }

    @Test
    void tiersWithExplicitBounds() {
        // 000 二.3: 台账退出率达80%得1分，达100%得2分 → 79.9% → 0; 80% → 1; 99% → 1; 100% → 2
        Tiers exit = new Tiers("r", List.of(new Tier(d("100"), true, d("100"), true, d("2")),
                new Tier(d("80"), true, d("100"), false, BigDecimal.ONE)), null);
        assertPoints("0", exit.evaluate(MapInputs.of("r", "79.9")));
        assertPoints("1", exit.evaluate(MapInputs.of("r", 80)));
        assertPoints("1", exit.evaluate(MapInputs.of("r", 99)));
        assertPoints("2", exit.evaluate(MapInputs.of("r", 100)));
        // 002 四(一)2: 50%以上1分；20%-50% 0.5分；20%以下0分 → 50% → 1 (以上 includes 50); 20% → 0.5; 19.99% → 0
        Tiers share = new Tiers("s", List.of(new Tier(d("50"), true, null, false, BigDecimal.ONE),
                new Tier(d("20"), true, d("50"), false, d("0.5"))), BigDecimal.ZERO);
        assertPoints("1", share.evaluate(MapInputs.of("s", 50)));
        assertPoints("0.5", share.evaluate(MapInputs.of("s", 20)));
        assertPoints("0", share.evaluate(MapInputs.of("s", "19.99")));
        assertPoints("2", exit.maxPoints());
    }

    @Test
    void deductionFromFullWithFloor() {
        // 000 三(一)1: 得2分，每增加1件未整改到位的减0.5分 → 3 件 → 2 − 1.5 = 0.5; 5 件 → −0.5 floored to 0
        DeductionFromFull events = new DeductionFromFull("e", d("2"), null, true, null, d("0.5"), null);
        assertPoints("2", events.evaluate(MapInputs.of("e", 0)));
        assertPoints("0.5", events.evaluate(MapInputs.of("e", 3)));
        assertPoints("0", events.evaluate(MapInputs.of("e", 5)));
        // 000 五(二): 重错码率为0得1分，每增加0.01%减0.1分 → 0.035% = 3 whole steps → 1 − 0.3 = 0.7
        DeductionFromFull codes = new DeductionFromFull("c", BigDecimal.ONE, null, true, d("0.01"), d("0.1"), null);
        assertPoints("0.7", codes.evaluate(MapInputs.of("c", "0.035")));
        // 004 4.1: 要达到30个，得4分，缺少一个领域扣0.2分 → 26 个 → 4 − 4×0.2 = 3.2; 35 个 → 4
        DeductionFromFull domains = new DeductionFromFull("n", d("4"), d("30"), false, null, d("0.2"), null);
        assertPoints("3.2", domains.evaluate(MapInputs.of("n", 26)));
        assertPoints("4", domains.evaluate(MapInputs.of("n", 35)));
    }

    @Test
    void perItemWithCap() {
        // 000 六(一): 每一个领域…得0.3分，最高得6分 → 12 领域 → 3.6; 25 领域 → 7.5 capped at 6
        PerItem rule = new PerItem("n", d("0.3"), d("6"));
        assertPoints("3.6", rule.evaluate(MapInputs.of("n", 12)));
        assertPoints("6", rule.evaluate(MapInputs.of("n", 25)));
        // 000 八(一)2①: 涵盖一种承诺类型得0.25分，最高计1分 → 3 种 → 0.75
        assertPoints("0.75", new PerItem("t", d("0.25"), BigDecimal.ONE).evaluate(MapInputs.of("t", 3)));
    }

    @Test
    void interpolationBetweenTwoBounds() {
        // 002 五(二)1: 小于十万分之一（含）得2分；大于十万分之五不得分；之间按比例.
        // 0.00002 → 2 × (0.00005 − 0.00002)/(0.00005 − 0.00001) = 2 × 0.75 = 1.5
        Interpolation rule = new Interpolation("r", d("0.00001"), d("0.00005"), d("2"));
        assertPoints("2", rule.evaluate(MapInputs.of("r", "0.00001")));
        assertPoints("1.5", rule.evaluate(MapInputs.of("r", "0.00002")));
        assertPoints("0", rule.evaluate(MapInputs.of("r", "0.00006")));
        // 004 4.3: 达到10亿元得6分；低于3亿元不得分 → 6.5 亿 → 6 × 3.5/7 = 3
        assertPoints("3", new Interpolation("a", d("10"), d("3"), d("6")).evaluate(MapInputs.of("a", "6.5")));
    }

    @Test
    void yesNoAndAnyYesGates() {
        // 000 三(二): 建立公务员诚信档案…得2分
        YesNo archive = new YesNo("a", d("2"), null);
        assertPoints("2", archive.evaluate(MapInputs.of("a", true)));
        assertPoints("0", archive.evaluate(MapInputs.of("a", false)));
        // 002 四(三): 以下任一条为“是”得0分；均为“否”得2分
        AnyYes gate = new AnyYes(List.of("p", "q"), BigDecimal.ZERO, d("2"));
        assertPoints("2", gate.evaluate(MapInputs.of("p", false, "q", false)));
        assertPoints("0", gate.evaluate(MapInputs.of("p", false, "q", true)));
        assertThrows(MissingInputException.class, () -> gate.evaluate(MapInputs.of("p", true)));
    }

    @Test
    void choiceOfNamedCases() {
        // 000 五(五)1: 当日自动同步得5分，人工同步或T+1得2分，其他情况不得分
        Choice sync = new Choice("s", List.of(new ChoiceOption("当日自动同步", d("5")),
                new ChoiceOption("人工同步或T+1", d("2")), new ChoiceOption("其他", BigDecimal.ZERO)));
        assertPoints("2", sync.evaluate(MapInputs.of("s", "人工同步或T+1")));
        RuleInputException e = assertThrows(RuleInputException.class, () -> sync.evaluate(MapInputs.of("s", "每周")));
        assertEquals("scoring.input.badChoice", e.key());
    }

    @Test
    void discretionaryIsTheCoordinatorsEstimateUpToMax() {
        // 002 一: 酌情计分，最高得5分 → estimate 4 → 4; estimate 6 rejected
        Discretionary rule = new Discretionary("e", d("5"));
        assertPoints("4", rule.evaluate(MapInputs.of("e", 4)));
        RuleInputException e = assertThrows(RuleInputException.class, () -> rule.evaluate(MapInputs.of("e", 6)));
        assertEquals("scoring.input.aboveMax", e.key());
    }

    @Test
    void vetoAgainstThresholdAndReference() {
        // 000 硬指标1: 重错码率低于万分之一 (0.01%) → 0.009% passes, 0.01% fails
        Veto codes = new Veto("c", Comparison.LT, d("0.01"), null);
        assertTrue(codes.passes(MapInputs.of("c", "0.009")));
        assertFalse(codes.passes(MapInputs.of("c", "0.01")));
        // 000 七.2: 达不到全国平均水平的一票否决 → scale 80 vs reference 95 fails
        Veto scale = new Veto("s", Comparison.GE, null, "ref");
        assertFalse(scale.passes(MapInputs.of("s", 80, "ref", 95)));
        assertTrue(scale.passes(MapInputs.of("s", 95, "ref", 95)));
        assertEquals(List.of("s", "ref"), scale.inputKeys());
    }

    @Test
    void monthlyAccrual() {
        // 004 2.3: 当月重错码率为0得0.2分，不为0扣0.2分; 12 months all 0 → 12 × 0.2 = 2.4;
        // 10 good + 2 bad → 2.0 − 0.4 = 1.6; 5 good + 7 bad → 1.0 − 1.4 < 0 → 0
        MonthlyAccrual rule = new MonthlyAccrual("m", Comparison.EQ, BigDecimal.ZERO, d("0.2"), d("0.2"), 12);
        assertPoints("2.4", rule.maxPoints());
        assertPoints("2.4", rule.evaluate(MapInputs.of("m", Collections.nCopies(12, 0))));
        List<Object> months = new java.util.ArrayList<>(Collections.nCopies(10, (Object) 0));
        months.add("0.01");
        months.add("0.02");
        assertPoints("1.6", rule.evaluate(MapInputs.of("m", months)));
        assertPoints("1.6", rule.evaluate(MapInputs.of("m", 10)));
        assertPoints("0", rule.evaluate(MapInputs.of("m", 5)));
        RuleInputException e = assertThrows(RuleInputException.class, () -> rule.evaluate(MapInputs.of("m", List.of(0, 0))));
        assertEquals("scoring.input.notMonthly", e.key());
        assertThrows(RuleInputException.class, () -> rule.evaluate(MapInputs.of("m", 13)));
    }

    @Test
    void ranking() {
        // 004 1: 月均前10名得20分；每后10名扣2分；低于100名不得分 → 7 → 20; 11 → 18; 35 → 20 − 3×2 = 14; 100 → 2; 101 → 0
        Ranking rule = new Ranking("r", 10, d("20"), 10, d("2"), 100);
        assertPoints("20", rule.evaluate(MapInputs.of("r", 7)));
        assertPoints("18", rule.evaluate(MapInputs.of("r", 11)));
        assertPoints("14", rule.evaluate(MapInputs.of("r", 35)));
        assertPoints("2", rule.evaluate(MapInputs.of("r", 100)));
        assertPoints("0", rule.evaluate(MapInputs.of("r", 101)));
        assertThrows(RuleInputException.class, () -> rule.evaluate(MapInputs.of("r", 0)));
    }

    @Test
    void penaltyDeductsUpToItsMaximum() {
        // 004 扣分事项(4): 最多当月扣5分 → estimate 7 → −5
        assertPoints("-5", new Penalty("p", BigDecimal.ONE, d("5")).evaluate(MapInputs.of("p", 7)));
        assertPoints("-4", new Penalty("p", d("2"), null).evaluate(MapInputs.of("p", 2)));
    }

    @Test
    void notApplicableCondition() {
        // 002 四(二): 城镇化率高于90%（含）… 不适用 → 90 holds, 89.9 does not
        NotApplicable rule = new NotApplicable("u", Comparison.GE, d("90"), "4.1", d("6"));
        assertTrue(rule.holds(MapInputs.of("u", 90)));
        assertFalse(rule.holds(MapInputs.of("u", "89.9")));
    }

    @Test
    void parametersAreValidatedAtConstruction() {
        assertThrows(RuleInputException.class, () -> new LinearCapped("n", BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE));
        assertThrows(RuleInputException.class, () -> new PerItem("n", d("-0.3"), d("6")));
        assertThrows(RuleInputException.class, () -> new Tier(d("100"), true, d("80"), false, BigDecimal.ONE));
        assertThrows(RuleInputException.class, () -> new Interpolation("r", d("1"), d("1"), d("2")));
        assertThrows(RuleInputException.class, () -> new DeductionFromFull("e", d("2"), null, true, null, d("0.5"), d("3")));
        assertThrows(RuleInputException.class, () -> new Ranking("r", 10, d("20"), 0, d("2"), 100));
        assertThrows(RuleInputException.class, () -> new Veto("c", Comparison.LT, null, null));
        assertThrows(RuleInputException.class, () -> new Discretionary(" ", d("5")));
        RuleInputException e = assertThrows(RuleInputException.class, () -> new MonthlyAccrual("m", Comparison.EQ,
                BigDecimal.ZERO, d("0.2"), d("0.2"), 0));
        assertEquals("scoring.rule.invalid", e.key());
    }

    @Test
    void negativeCountsAreRejectedNotScored() {
        RuleInputException e = assertThrows(RuleInputException.class,
                () -> new PerItem("n", d("0.3"), d("6")).evaluate(MapInputs.of("n", -2)));
        assertEquals("scoring.input.negative", e.key());
    }
}
