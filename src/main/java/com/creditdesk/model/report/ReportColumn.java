package com.creditdesk.model.report;

/** A column: its header, its width relative to the others, and how its text is aligned. */
public record ReportColumn(String header, double weight, Align align) {

    public enum Align {
        LEFT,
        CENTER
    }

    public static ReportColumn left(String header, double weight) {
        return new ReportColumn(header, weight, Align.LEFT);
    }

    public static ReportColumn center(String header, double weight) {
        return new ReportColumn(header, weight, Align.CENTER);
    }
}
