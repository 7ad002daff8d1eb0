package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.List;

/** 以下任一条为“是”得0分，均为“否”得2分 (or the reverse): a gate over several yes/no inputs. */
public record AnyYes(List<String> inputs, BigDecimal anyYesPoints, BigDecimal allNoPoints) implements ScoringRule {

    public AnyYes {
        if (inputs == null || inputs.isEmpty()) {
            throw new RuleInputException("scoring.rule.invalid", "inputs");
        }
        inputs.forEach(Points::requireInput);
        inputs = List.copyOf(inputs);
        Points.requireNonNegative(anyYesPoints, "anyYesPoints");
        Points.requireNonNegative(allNoPoints, "allNoPoints");
    }

    @Override
    public String kindName() {
        return "ANY_YES";
    }

    @Override
    public List<String> inputKeys() {
        return inputs;
    }

    @Override
    public BigDecimal maxPoints() {
        return anyYesPoints.max(allNoPoints);
    }

    @Override
    public BigDecimal evaluate(RuleInputs values) {
        boolean anyYes = false;
        for (String key : inputs) {
            // every condition is read so that a missing one is reported, not silently assumed 否
            anyYes |= values.yes(key);
        }
        return anyYes ? anyYesPoints : allNoPoints;
    }
}
