package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A pass/fail condition (一票否决): the input compared with a fixed threshold (重错码率低于万分之一:
 * LT 0.01 %) or with another input ({@code reference}, e.g. 全国平均水平), or a yes/no (YES).
 * Gives no points; a failure marks the whole result 一票否决.
 */
public record Veto(String input, Comparison op, BigDecimal threshold, String reference) implements ScoringRule {

    public Veto {
        Points.requireInput(input);
        if (op == null) {
            throw new RuleInputException("scoring.rule.invalid", "op");
        }
        if (op != Comparison.YES && (threshold == null) == (reference == null || reference.isBlank())) {
            throw new RuleInputException("scoring.rule.invalid", "threshold/reference");
        }
    }

    @Override
    public String kindName() {
        return "VETO";
    }

    @Override
    public List<String> inputKeys() {
        List<String> keys = new ArrayList<>(List.of(input));
        if (reference != null && !reference.isBlank()) {
            keys.add(reference);
        }
        return keys;
    }

    @Override
    public BigDecimal maxPoints() {
        return BigDecimal.ZERO;
    }

    @Override
    public BigDecimal evaluate(RuleInputs inputs) {
        return BigDecimal.ZERO;
    }

    public boolean passes(RuleInputs inputs) {
        if (op == Comparison.YES) {
            return inputs.yes(input);
        }
        BigDecimal limit = threshold != null ? threshold : inputs.number(reference);
        return op.test(inputs.number(input), limit);
    }

    @Override
    public List<BigDecimal> keyValues() {
        return threshold == null ? List.of() : List.of(threshold);
    }
}
