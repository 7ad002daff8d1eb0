package com.creditdesk.model.indicator;

import java.math.BigDecimal;

/** One labelled case of a {@link Choice} rule, e.g. 数据当日自动同步 → 5 分. */
public record ChoiceOption(String label, BigDecimal points) {

    public ChoiceOption {
        Points.requireInput(label);
        Points.requireNonNegative(points, "points");
    }
}
