package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * 城镇化率高于90%（含），农村信用体系建设指标不适用，相关分值计入涉企信用信息共享指标: when the
 * condition holds, the indicator carrying this rule scores nothing and has no max, and indicator
 * {@code moveTo} is rescaled to {@code moveToMax} points (按总分为6分换算).
 */
public record NotApplicable(String input, Comparison op, BigDecimal threshold, String moveTo,
                            BigDecimal moveToMax) implements SingleInputRule {

    public NotApplicable {
        Points.requireInput(input);
        Points.requireInput(moveTo);
        if (op == null || op == Comparison.YES || threshold == null) {
            throw new RuleInputException("scoring.rule.invalid", "op/threshold");
        }
        Points.requirePositive(moveToMax, "moveToMax");
    }

    @Override
    public String kindName() {
        return "NOT_APPLICABLE";
    }

    @Override
    public BigDecimal maxPoints() {
        return BigDecimal.ZERO;
    }

    @Override
    public BigDecimal evaluate(RuleInputs inputs) {
        return BigDecimal.ZERO;
    }

    public boolean holds(RuleInputs inputs) {
        return op.test(inputs.number(input), threshold);
    }

    @Override
    public List<BigDecimal> keyValues() {
        return List.of(threshold);
    }
}
