package com.creditdesk.model.indicator;

import java.math.BigDecimal;

/** How a veto or monthly rule compares an input with its threshold; YES tests a yes/no input. */
public enum Comparison {
    LT, LE, GT, GE, EQ, YES;

    public boolean test(BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return switch (this) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            case EQ -> c == 0;
            case YES -> throw new IllegalStateException("YES compares no numbers");
        };
    }
}
