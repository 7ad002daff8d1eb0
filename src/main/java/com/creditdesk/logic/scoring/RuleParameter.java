package com.creditdesk.logic.scoring;

import java.util.Locale;

/**
 * The parameters of the typed rules as the rule form shows them; the JSON name is the constant in
 * lower camel case (POINTS_PER_ITEM ↔ pointsPerItem). The type decides the editor and the parsing.
 */
public enum RuleParameter {
    MULTIPLIER, DIVISOR, CAP, TIERS, OTHERWISE, FULL, BASELINE, INCREASE, STEP, DEDUCTION, FLOOR,
    POINTS_PER_ITEM, MAX_DEDUCTION, FULL_AT, ZERO_AT, POINTS, YES_POINTS, NO_POINTS, ANY_YES_POINTS,
    ALL_NO_POINTS, OPTIONS, MAX, OP, THRESHOLD, GOOD_WHEN, GOOD_VALUE, GAIN, MONTHS, TOP_RANK, TOP_POINTS,
    BAND_SIZE, LAST_RANK, MOVE_TO, MOVE_TO_MAX;

    /** How a parameter is typed in the form. */
    public enum Type {
        NUMBER, WHOLE, YES_NO, COMPARISON, TIER_LINES, OPTION_LINES, TEXT
    }

    public String jsonName() {
        StringBuilder name = new StringBuilder();
        for (String part : name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return name.toString();
    }

    public Type type() {
        return switch (this) {
            case INCREASE -> Type.YES_NO;
            case OP, GOOD_WHEN -> Type.COMPARISON;
            case TIERS -> Type.TIER_LINES;
            case OPTIONS -> Type.OPTION_LINES;
            case MONTHS, TOP_RANK, BAND_SIZE, LAST_RANK -> Type.WHOLE;
            case MOVE_TO -> Type.TEXT;
            default -> Type.NUMBER;
        };
    }

    public static RuleParameter ofJson(String jsonName) {
        for (RuleParameter parameter : values()) {
            if (parameter.jsonName().equals(jsonName)) {
                return parameter;
            }
        }
        return null;
    }
}
