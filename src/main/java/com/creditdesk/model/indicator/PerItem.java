package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.List;

/** points per item, at most cap (每一个领域…得0.3分，最高得6分); cap null where the source sets none. */
public record PerItem(String input, BigDecimal pointsPerItem, BigDecimal cap) implements SingleInputRule {

    public PerItem {
        Points.requireInput(input);
        Points.requirePositive(pointsPerItem, "pointsPerItem");
        if (cap != null) {
            Points.requirePositive(cap, "cap");
        }
    }

    @Override
    public String kindName() {
        return "PER_ITEM";
    }

    @Override
    public BigDecimal maxPoints() {
        return cap;
    }

    @Override
    public BigDecimal evaluate(RuleInputs inputs) {
        BigDecimal count = Points.nonNegativeInput(inputs, input);
        return Points.clamp(count.multiply(pointsPerItem), BigDecimal.ZERO, cap);
    }

    @Override
    public List<BigDecimal> keyValues() {
        return cap == null ? List.of() : List.of(Points.divide(cap, pointsPerItem));
    }
}
