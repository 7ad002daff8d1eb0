package com.creditdesk.model.indicator;

import java.math.BigDecimal;

/**
 * A named scenario input: key used in scenario files, Chinese label, unit and allowed range
 * (null bounds: the unit's natural range, e.g. 0–100 for percentages).
 */
public record InputSpec(String key, String label, InputUnit unit, BigDecimal min, BigDecimal max) {

    public InputSpec {
        if (key == null || key.isBlank() || label == null || unit == null) {
            throw new RuleInputException("scoring.rule.invalid", "input " + key);
        }
    }

    public BigDecimal effectiveMin() {
        return min != null ? min : switch (unit) {
            case RANK -> BigDecimal.ONE;
            default -> BigDecimal.ZERO;
        };
    }

    public BigDecimal effectiveMax() {
        return max != null ? max : unit == InputUnit.PERCENT ? BigDecimal.valueOf(100) : null;
    }
}
