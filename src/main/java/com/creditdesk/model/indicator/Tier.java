package com.creditdesk.model.indicator;

import java.math.BigDecimal;

/** One band of a {@link Tiers} rule with explicit inclusive/exclusive bounds (null: unbounded). */
public record Tier(BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive, BigDecimal points) {

    public Tier {
        Points.requireNonNegative(points, "points");
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new RuleInputException("scoring.rule.invalid", "tier " + min + "–" + max);
        }
    }

    public boolean contains(BigDecimal value) {
        boolean aboveMin = min == null || (minInclusive ? value.compareTo(min) >= 0 : value.compareTo(min) > 0);
        boolean belowMax = max == null || (maxInclusive ? value.compareTo(max) <= 0 : value.compareTo(max) < 0);
        return aboveMin && belowMax;
    }
}
