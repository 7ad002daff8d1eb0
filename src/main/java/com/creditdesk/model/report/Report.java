package com.creditdesk.model.report;

import java.util.List;

/**
 * A printable report, independent of the file format: every renderer (xlsx, docx, pdf) reads only
 * this. Each part starts on a new page (or sheet) and repeats the title, date line and column
 * headers, so one file can hold e.g. one 催办单 per unit.
 */
public record Report(String title, String dateLine, PageOrientation orientation, List<ReportColumn> columns,
                     List<ReportPart> parts) {

    public Report {
        columns = List.copyOf(columns);
        parts = List.copyOf(parts);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a report needs columns");
        }
    }

    /** The columns' relative widths as fractions of the table width. */
    public double[] widthFractions() {
        double total = columns.stream().mapToDouble(ReportColumn::weight).sum();
        return columns.stream().mapToDouble(c -> c.weight() / total).toArray();
    }
}
