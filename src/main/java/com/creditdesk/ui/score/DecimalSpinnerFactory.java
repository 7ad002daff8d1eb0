package com.creditdesk.ui.score;

import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

import java.math.BigDecimal;

/**
 * A spinner model for scenario numbers that may be empty: null means "not entered" (shown as an
 * empty field, listed as missing), and stepping from empty starts at the minimum.
 */
final class DecimalSpinnerFactory extends SpinnerValueFactory<BigDecimal> {

    private final BigDecimal min;
    private final BigDecimal max;
    private final BigDecimal step;

    DecimalSpinnerFactory(BigDecimal min, BigDecimal max, BigDecimal step) {
        this.min = min;
        this.max = max;
        this.step = step;
        setConverter(new StringConverter<>() {
            @Override
            public String toString(BigDecimal value) {
                return value == null ? "" : value.stripTrailingZeros().toPlainString();
            }

            @Override
            public BigDecimal fromString(String text) {
                return parse(text, getValue());
            }
        });
    }

    /** The number typed (a trailing % is allowed), null when blank, {@code fallback} when unreadable. */
    static BigDecimal parse(String text, BigDecimal fallback) {
        String cleaned = text == null ? "" : text.strip().replace("％", "%");
        if (cleaned.endsWith("%")) {
            cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
        }
        if (cleaned.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public void decrement(int steps) {
        move(-steps);
    }

    @Override
    public void increment(int steps) {
        move(steps);
    }

    private void move(int steps) {
        BigDecimal current = getValue();
        BigDecimal next = current == null ? (min != null ? min : BigDecimal.ZERO)
                : current.add(step.multiply(BigDecimal.valueOf(steps)));
        if (min != null && next.compareTo(min) < 0) {
            next = min;
        }
        if (max != null && next.compareTo(max) > 0) {
            next = max;
        }
        setValue(next);
    }
}
