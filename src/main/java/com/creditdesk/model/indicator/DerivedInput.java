package com.creditdesk.model.indicator;

import java.math.BigDecimal;

/**
 * An input computed from two others when the scenario does not give it directly, e.g.
 * 有效异议加权值 = 有效异议量 / 公示数据量 (scale 100 gives a percentage).
 */
public record DerivedInput(String key, String numerator, String denominator, BigDecimal scale) {

    public DerivedInput {
        Points.requireInput(key);
        Points.requireInput(numerator);
        Points.requireInput(denominator);
        scale = scale == null ? BigDecimal.ONE : scale;
        Points.requirePositive(scale, "scale");
    }
}
