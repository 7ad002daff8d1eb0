package com.creditdesk.model.indicator;

/** The kind of one indicator row in the database: a 类别, an indicator of some kind, or a 细则. */
public enum StoredNodeKind {
    CATEGORY, VETO, SCORED, BONUS, RULE;

    public boolean isIndicator() {
        return this == VETO || this == SCORED || this == BONUS;
    }

    public IndicatorKind indicatorKind() {
        return switch (this) {
            case VETO -> IndicatorKind.VETO;
            case BONUS -> IndicatorKind.BONUS;
            default -> IndicatorKind.SCORED;
        };
    }

    public static StoredNodeKind of(IndicatorKind kind) {
        return switch (kind) {
            case VETO -> VETO;
            case BONUS -> BONUS;
            case SCORED -> SCORED;
        };
    }
}
