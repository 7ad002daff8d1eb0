package com.creditdesk.model.indicator;

import java.math.BigDecimal;

/** A failed 一票否决 condition: which indicator, which input, its value and the required limit. */
public record VetoFailure(String indicatorId, String code, String title, String input, Object value,
                          Comparison op, BigDecimal threshold, String reference) {
}
