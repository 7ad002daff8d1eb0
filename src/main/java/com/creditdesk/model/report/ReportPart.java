package com.creditdesk.model.report;

import java.util.List;

/**
 * One page-break section of a report: an optional heading line above the table (e.g. the unit
 * and its contact), the rows, and lines below it (e.g. the signature line of a 催办单).
 */
public record ReportPart(String heading, List<ReportRow> rows, List<String> closingLines) {

    public ReportPart {
        rows = List.copyOf(rows);
        closingLines = List.copyOf(closingLines);
    }

    /** A name for a sheet or a list: the heading, or the fallback when there is none. */
    public String nameOr(String fallback) {
        return heading == null || heading.isBlank() ? fallback : heading;
    }
}
