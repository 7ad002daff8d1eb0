package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact point arithmetic: scores like 0.25 and 2.4 stay exact; ratios keep 34 digits. */
public final class Points {

    public static final MathContext MATH = MathContext.DECIMAL128;
    /** Scores are shown with at most four decimals (the seeds use at most two). */
    public static final int SCALE = 4;

    private Points() {
    }

    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, MATH);
    }

    public static BigDecimal clamp(BigDecimal value, BigDecimal floor, BigDecimal cap) {
        BigDecimal result = value;
        if (floor != null && result.compareTo(floor) < 0) {
            result = floor;
        }
        if (cap != null && result.compareTo(cap) > 0) {
            result = cap;
        }
        return result;
    }

    /** Rounds to {@link #SCALE} decimals and drops trailing zeros without scientific notation. */
    public static BigDecimal normalize(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal result = value.setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return result.scale() < 0 ? result.setScale(0) : result;
    }

    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    static void requireInput(String input) {
        if (input == null || input.isBlank()) {
            throw new RuleInputException("scoring.rule.invalid", "input");
        }
    }

    static void requirePositive(BigDecimal value, String name) {
        if (value == null || value.signum() <= 0) {
            throw new RuleInputException("scoring.rule.invalid", name);
        }
    }

    static void requireNonNegative(BigDecimal value, String name) {
        if (value == null || value.signum() < 0) {
            throw new RuleInputException("scoring.rule.invalid", name);
        }
    }

    static BigDecimal nonNegativeInput(RuleInputs inputs, String key) {
        BigDecimal value = inputs.number(key);
        if (value.signum() < 0) {
            throw new RuleInputException("scoring.input.negative", key, value.toPlainString());
        }
        return value;
    }
}
