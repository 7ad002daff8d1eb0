package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Full points at the baseline, minus {@code deduction} for every whole {@code step} the input moves
 * the wrong way ({@code increase}: 每增加1件…减0.5分; otherwise 每降低1%减0.1分), never below floor.
 */
public record DeductionFromFull(String input, BigDecimal full, BigDecimal baseline, boolean increase,
                                BigDecimal step, BigDecimal deduction, BigDecimal floor) implements SingleInputRule {

    public DeductionFromFull {
        Points.requireInput(input);
        Points.requirePositive(full, "full");
        baseline = baseline == null ? BigDecimal.ZERO : baseline;
        step = step == null ? BigDecimal.ONE : step;
        Points.requirePositive(step, "step");
        Points.requirePositive(deduction, "deduction");
        floor = floor == null ? BigDecimal.ZERO : floor;
        if (floor.compareTo(full) > 0) {
            throw new RuleInputException("scoring.rule.invalid", "floor");
        }
    }

    @Override
    public String kindName() {
        return "DEDUCTION";
    }

    @Override
    public BigDecimal maxPoints() {
        return full;
    }

    @Override
    public BigDecimal evaluate(RuleInputs inputs) {
        BigDecimal value = Points.nonNegativeInput(inputs, input);
        BigDecimal excess = increase ? value.subtract(baseline) : baseline.subtract(value);
        if (excess.signum() <= 0) {
            return full;
        }
        BigDecimal steps = excess.divide(step, 0, RoundingMode.FLOOR);
        return Points.clamp(full.subtract(steps.multiply(deduction)), floor, full);
    }

    @Override
    public List<BigDecimal> keyValues() {
        return List.of(baseline, increase ? baseline.add(step) : baseline.subtract(step));
    }
}
