package com.creditdesk.model.indicator;

import java.util.List;

/** An input value filled from the ledger, with why: a message key and its arguments (来自台账：…). */
public record LedgerValue(Object value, String sourceKey, List<Object> sourceArgs) {

    public LedgerValue {
        sourceArgs = List.copyOf(sourceArgs);
    }
}
