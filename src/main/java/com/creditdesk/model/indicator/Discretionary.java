package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.List;

/** 酌情计分，最高得5分: the input is the coordinator's expected score, checked against max. */
public record Discretionary(String input, BigDecimal max) implements SingleInputRule {

    public Discretionary {
        Points.requireInput(input);
        Points.requirePositive(max, "max");
    }

    @Override
    public String kindName() {
        return "DISCRETIONARY";
    }

    @Override
    public BigDecimal maxPoints() {
        return max;
    }

    @Override
    public BigDecimal evaluate(RuleInputs inputs) {
        BigDecimal expected = Points.nonNegativeInput(inputs, input);
        if (expected.compareTo(max) > 0) {
            throw new RuleInputException("scoring.input.aboveMax", input, expected.toPlainString(),
                    max.toPlainString());
        }
        return expected;
    }

    @Override
    public List<BigDecimal> keyValues() {
        return List.of(max);
    }
}
