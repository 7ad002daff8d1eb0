package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * Full points at {@code fullAt} or better, none at {@code zeroAt} or worse, in proportion between
 * (小于十万分之一得2分；大于十万分之五不得分；介于两者之间的按比例计分). Works in either direction.
 */
public record Interpolation(String input, BigDecimal fullAt, BigDecimal zeroAt, BigDecimal points)
        implements SingleInputRule {

    public Interpolation {
        Points.requireInput(input);
        Points.requirePositive(points, "points");
        if (fullAt == null || zeroAt == null || fullAt.compareTo(zeroAt) == 0) {
            throw new RuleInputException("scoring.rule.invalid", "fullAt/zeroAt");
        }
    }

    @Override
    public String kindName() {
        return "INTERPOLATION";
    }

    @Override
    public BigDecimal maxPoints() {
        return points;
    }

    @Override
    public BigDecimal evaluate(RuleInputs inputs) {
        BigDecimal value = Points.nonNegativeInput(inputs, input);
        BigDecimal share = Points.divide(value.subtract(zeroAt), fullAt.subtract(zeroAt));
        return Points.clamp(points.multiply(share), BigDecimal.ZERO, points);
    }

    @Override
    public List<BigDecimal> keyValues() {
        return List.of(fullAt, zeroAt);
    }
}
