package com.creditdesk.logic.scoring;

import com.creditdesk.model.indicator.Category;
import com.creditdesk.model.indicator.DerivedInput;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.InputSpec;
import com.creditdesk.model.indicator.InputUnit;
import com.creditdesk.model.indicator.MissingInputException;
import com.creditdesk.model.indicator.RuleInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioInputsTest {

    private static final IndicatorSystem SYSTEM = new IndicatorSystem("t", "t", null, null, null, null,
            List.of(new Category("一", "一", null, List.of())),
            List.of(new InputSpec("rate", "上报率（%）", InputUnit.PERCENT, null, null),
                    new InputSpec("count", "领域数", InputUnit.COUNT, null, null),
                    new InputSpec("flag", "已建立", InputUnit.YESNO, null, null),
                    new InputSpec("months", "各月", InputUnit.MONTHLY, null, null),
                    new InputSpec("a", "分子", InputUnit.COUNT, null, null),
                    new InputSpec("b", "分母", InputUnit.COUNT, null, null),
                    new InputSpec("share", "占比（%）", InputUnit.PERCENT, null, null)),
            List.of(new DerivedInput("share", "a", "b", new BigDecimal("100"))));

    private static ScenarioInputs inputs(Map<String, ?> values) {
        return new ScenarioInputs(SYSTEM, values);
    }

    @Test
    void percentagesAcceptPercentSignsAndRejectAbove100() {
        assertEquals(0, new BigDecimal("99.6").compareTo(inputs(Map.of("rate", "99.6％")).number("rate")));
        RuleInputException e = assertThrows(RuleInputException.class, () -> inputs(Map.of("rate", 100.4)).number("rate"));
        assertEquals("scoring.input.outOfRange", e.key());
        assertEquals("上报率（%）", e.args()[0]);
    }

    @Test
    void countsMustBeWholeAndNotNegative() {
        assertEquals("scoring.input.notWhole",
                assertThrows(RuleInputException.class, () -> inputs(Map.of("count", 2.5)).number("count")).key());
        assertEquals("scoring.input.outOfRange",
                assertThrows(RuleInputException.class, () -> inputs(Map.of("count", -1)).number("count")).key());
        assertEquals("scoring.input.notNumber",
                assertThrows(RuleInputException.class, () -> inputs(Map.of("count", "三个")).number("count")).key());
    }

    @Test
    void yesNoAcceptsChineseWords() {
        assertTrue(inputs(Map.of("flag", "是")).yes("flag"));
        assertFalse(inputs(Map.of("flag", "否")).yes("flag"));
        assertTrue(inputs(Map.of("flag", true)).yes("flag"));
        assertEquals("scoring.input.notYesNo",
                assertThrows(RuleInputException.class, () -> inputs(Map.of("flag", "大概")).yes("flag")).key());
    }

    @Test
    void missingAndUndefinedInputs() {
        MissingInputException missing = assertThrows(MissingInputException.class, () -> inputs(Map.of()).number("rate"));
        assertEquals("rate", missing.inputKey());
        assertEquals("scoring.input.undefined",
                assertThrows(RuleInputException.class, () -> inputs(Map.of("zzz", 1)).number("zzz")).key());
    }

    @Test
    void monthlyValuesOrCount() {
        assertEquals(12, inputs(Map.of("months", List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.01))).monthly("months").size());
        assertNull(inputs(Map.of("months", 10)).monthly("months"));
    }

    @Test
    void derivedPercentage() {
        // 3 / 12 × 100 = 25
        assertEquals(0, new BigDecimal("25").compareTo(inputs(Map.of("a", 3, "b", 12)).number("share")));
        // a value given directly wins over the derivation
        assertEquals(0, new BigDecimal("40").compareTo(inputs(Map.of("a", 3, "b", 12, "share", 40)).number("share")));
        // 15 / 12 = 125% is out of range, not capped
        assertEquals("scoring.input.outOfRange",
                assertThrows(RuleInputException.class, () -> inputs(Map.of("a", 15, "b", 12)).number("share")).key());
    }
}
