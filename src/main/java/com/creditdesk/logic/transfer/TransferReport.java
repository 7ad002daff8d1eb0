package com.creditdesk.logic.transfer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What {@code migrate} copied and verified: rows per table (copy order) and evidence files. */
public record TransferReport(String from, String to, Map<String, Long> rows, int files, long fileBytes) {

    public TransferReport {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }
}
