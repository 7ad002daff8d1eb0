package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.List;

/** score = input × multiplier ÷ divisor, at most cap (城市实施联合奖惩领域数量/40，最高得1分). */
public record LinearCapped(String input, BigDecimal multiplier, BigDecimal divisor, BigDecimal cap)
        implements SingleInputRule {

    public LinearCapped {
        Points.requireInput(input);
        multiplier = multiplier == null ? BigDecimal.ONE : multiplier;
        divisor = divisor == null ? BigDecimal.ONE : divisor;
        Points.requirePositive(multiplier, "multiplier");
        Points.requirePositive(divisor, "divisor");
        Points.requirePositive(cap, "cap");
    }

    @Override
    public String kindName() {
        return "LINEAR";
    }

    @Override
    public BigDecimal maxPoints() {
        return cap;
    }

    @Override
    public BigDecimal evaluate(RuleInputs inputs) {
        BigDecimal value = Points.nonNegativeInput(inputs, input);
        return Points.clamp(Points.divide(value.multiply(multiplier), divisor), BigDecimal.ZERO, cap);
    }

    @Override
    public List<BigDecimal> keyValues() {
        return List.of(Points.divide(cap.multiply(divisor), multiplier));
    }
}
