package com.creditdesk.logic.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats every report is written in. */
public enum ReportFormat {
    XLSX,
    DOCX,
    PDF;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public ReportRenderer renderer() {
        return switch (this) {
            case XLSX -> new XlsxReportRenderer();
            case DOCX -> new DocxReportRenderer();
            case PDF -> new PdfReportRenderer();
        };
    }

    public static Optional<ReportFormat> fromName(String name) {
        return Arrays.stream(values()).filter(f -> f.extension().equalsIgnoreCase(name)).findFirst();
    }
}
