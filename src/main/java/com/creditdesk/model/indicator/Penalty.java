package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.List;

/** A deduction per event (扣分事项: 当月扣2分), at most maxDeduction in all; gives ≤ 0 points. */
public record Penalty(String input, BigDecimal pointsPerItem, BigDecimal maxDeduction) implements SingleInputRule {

    public Penalty {
        Points.requireInput(input);
        Points.requirePositive(pointsPerItem, "pointsPerItem");
        if (maxDeduction != null) {
            Points.requirePositive(maxDeduction, "maxDeduction");
        }
    }

    @Override
    public String kindName() {
        return "PENALTY";
    }

    @Override
    public BigDecimal maxPoints() {
        return BigDecimal.ZERO;
    }

    @Override
    public BigDecimal evaluate(RuleInputs inputs) {
        BigDecimal count = Points.nonNegativeInput(inputs, input);
        return Points.clamp(count.multiply(pointsPerItem), BigDecimal.ZERO, maxDeduction).negate();
    }

    @Override
    public List<BigDecimal> keyValues() {
        return List.of(BigDecimal.ZERO);
    }
}
