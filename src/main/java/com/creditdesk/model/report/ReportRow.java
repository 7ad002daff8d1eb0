package com.creditdesk.model.report;

import java.util.List;

/**
 * A row of a report table: data cells, or one text spanning all columns. Spanning rows carry a
 * style: a section heading (一、…) or a note under the row above (e.g. an evidence requirement or
 * a returned item, added by later reports without changing the renderers).
 */
public sealed interface ReportRow {

    record Cells(List<String> values) implements ReportRow {
        public Cells {
            values = values.stream().map(v -> v == null ? "" : v).toList();
        }

        public static Cells of(String... values) {
            return new Cells(java.util.Arrays.asList(values));
        }
    }

    record Span(String text, SpanStyle style) implements ReportRow {
    }

    enum SpanStyle {
        SECTION,
        NOTE
    }
}
