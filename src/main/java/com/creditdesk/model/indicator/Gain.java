package com.creditdesk.model.indicator;

import java.math.BigDecimal;

/**
 * One way to gain points: change one input of one indicator. {@code change} is the numeric
 * difference (null for 是/否 and options); {@code available} is what the indicator still lacks.
 */
public record Gain(String indicatorId, String code, String title, BigDecimal score, BigDecimal max,
                   BigDecimal available, String input, String inputLabel, Object currentValue,
                   Object suggestedValue, BigDecimal change, BigDecimal pointsGained) {
}
