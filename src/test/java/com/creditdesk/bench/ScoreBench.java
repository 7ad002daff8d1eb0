package com.creditdesk.bench;

import com.creditdesk.logic.scoring.ScoreCalculator;
import com.creditdesk.model.indicator.Category;
import com.creditdesk.model.indicator.Comparison;
import com.creditdesk.model.indicator.DeductionFromFull;
import com.creditdesk.model.indicator.Indicator;
import com.creditdesk.model.indicator.IndicatorKind;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.InputSpec;
import com.creditdesk.model.indicator.InputUnit;
import com.creditdesk.model.indicator.Interpolation;
import com.creditdesk.model.indicator.LinearCapped;
import com.creditdesk.model.indicator.MonthlyAccrual;
import com.creditdesk.model.indicator.PerItem;
import com.creditdesk.model.indicator.ScoreResult;
import com.creditdesk.model.indicator.ScoringRule;
import com.creditdesk.model.indicator.SubRule;
import com.creditdesk.model.indicator.Tier;
import com.creditdesk.model.indicator.Tiers;
import com.creditdesk.model.indicator.Veto;
import com.creditdesk.model.indicator.YesNo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Full recompute of a generated 150-indicator system (15 categories × 10, 8 rule kinds). */
@Tag("benchmark")
class ScoreBench {

    private static final int INDICATORS = 150;
    private static final int RUNS = 1000;

    @Test
    void fullRecomputeOf150Indicators() {
        Map<String, Object> values = new HashMap<>();
        IndicatorSystem system = generated(values);
        BigDecimal expectedMax = system.indicators().stream().map(Indicator::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
        ScoreCalculator calculator = new ScoreCalculator();
        ScoreResult result = calculator.evaluate(system, values);
        assertEquals(INDICATORS, result.indicators().size());
        assertTrue(result.complete());
        assertTrue(result.vetoFailures().isEmpty());
        assertEquals(0, expectedMax.compareTo(result.max()));
        for (int warm = 0; warm < 2000; warm++) {
            calculator.evaluate(system, values);
        }
        long[] nanos = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            calculator.evaluate(system, values);
            nanos[run] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("ScoreBench: %d indicators, full recompute median %.1f µs (p90 %.1f µs) over %d runs; total %s of %s%n",
                INDICATORS, nanos[RUNS / 2] / 1000.0, nanos[RUNS * 9 / 10] / 1000.0, RUNS, result.total(), result.max());
    }

    /** 15 categories × 10 indicators over 8 rule kinds; fills {@code values} with a complete scenario. */
    static IndicatorSystem generated(Map<String, Object> values) {
        List<InputSpec> specs = new ArrayList<>();
        List<Category> categories = new ArrayList<>();
        for (int c = 0; c < INDICATORS / 10; c++) {
            List<Indicator> indicators = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                int n = c * 10 + i;
                String key = "in" + n;
                ScoringRule rule = rule(n % 8, key);
                specs.add(new InputSpec(key, "输入" + n, unit(n % 8), null, null));
                values.put(key, value(n % 8));
                BigDecimal max = rule.maxPoints() == null ? BigDecimal.ONE : rule.maxPoints();
                indicators.add(new Indicator(String.valueOf(n), String.valueOf(n), "指标" + n,
                        n % 8 == 7 ? BigDecimal.ZERO : max, n % 8 == 7 ? IndicatorKind.VETO : IndicatorKind.SCORED,
                        "规则", null, null, null, null, null, List.of(new SubRule(null, "规则", rule))));
            }
            categories.add(new Category(String.valueOf(c), "类别" + c, null, indicators));
        }
        return new IndicatorSystem("bench", "bench", null, null, null, null, categories, specs, null);
    }

    private static ScoringRule rule(int kind, String key) {
        BigDecimal two = new BigDecimal("2");
        return switch (kind) {
            case 0 -> new LinearCapped(key, BigDecimal.ONE, new BigDecimal("40"), BigDecimal.ONE);
            case 1 -> new Tiers(key, List.of(new Tier(new BigDecimal("100"), true, null, false, two),
                    new Tier(new BigDecimal("80"), true, new BigDecimal("100"), false, BigDecimal.ONE)), null);
            case 2 -> new DeductionFromFull(key, two, null, true, null, new BigDecimal("0.5"), null);
            case 3 -> new PerItem(key, new BigDecimal("0.3"), new BigDecimal("6"));
            case 4 -> new Interpolation(key, new BigDecimal("0.00001"), new BigDecimal("0.00005"), two);
            case 5 -> new YesNo(key, two, null);
            case 6 -> new MonthlyAccrual(key, Comparison.EQ, BigDecimal.ZERO, new BigDecimal("0.2"), new BigDecimal("0.2"), 12);
            default -> new Veto(key, Comparison.LT, new BigDecimal("0.01"), null);
        };
    }

    private static InputUnit unit(int kind) {
        return switch (kind) {
            case 1, 7 -> InputUnit.PERCENT;
            case 4 -> InputUnit.RATIO;
            case 5 -> InputUnit.YESNO;
            case 6 -> InputUnit.MONTHLY;
            default -> InputUnit.COUNT;
        };
    }

    private static Object value(int kind) {
        return switch (kind) {
            case 0 -> 32;
            case 1 -> 85;
            case 2 -> 1;
            case 3 -> 12;
            case 4 -> 0.00002;
            case 5 -> true;
            case 6 -> List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.01, 0);
            default -> 0.005;
        };
    }
}
