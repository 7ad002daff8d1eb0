package com.creditdesk.model.indicator;

import java.math.BigDecimal;

/** A category's roll-up: score over the complete indicators, and whether all were complete. */
public record CategoryScore(String code, String title, BigDecimal score, BigDecimal max, boolean complete) {
}
