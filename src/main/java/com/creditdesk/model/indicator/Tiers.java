package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The first tier containing the input gives its points, else {@code otherwise} (达80%得1分，达100%得2分). */
public record Tiers(String input, List<Tier> tiers, BigDecimal otherwise) implements SingleInputRule {

    public Tiers {
        Points.requireInput(input);
        if (tiers == null || tiers.isEmpty()) {
            throw new RuleInputException("scoring.rule.invalid", "tiers");
        }
        tiers = List.copyOf(tiers);
        otherwise = otherwise == null ? BigDecimal.ZERO : otherwise;
        Points.requireNonNegative(otherwise, "otherwise");
    }

    @Override
    public String kindName() {
        return "TIERS";
    }

    @Override
    public BigDecimal maxPoints() {
        BigDecimal best = otherwise;
        for (Tier tier : tiers) {
            best = best.max(tier.points());
        }
        return best;
    }

    @Override
    public BigDecimal evaluate(RuleInputs inputs) {
        BigDecimal value = inputs.number(input);
        for (Tier tier : tiers) {
            if (tier.contains(value)) {
                return tier.points();
            }
        }
        return otherwise;
    }

    @Override
    public List<BigDecimal> keyValues() {
        List<BigDecimal> values = new ArrayList<>();
        for (Tier tier : tiers) {
            if (tier.min() != null) {
                values.add(tier.min());
            }
            if (tier.max() != null) {
                values.add(tier.max());
            }
        }
        return values;
    }
}
