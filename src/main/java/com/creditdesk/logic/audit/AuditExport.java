package com.creditdesk.logic.audit;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.report.XlsxReportRenderer;
import com.creditdesk.model.report.PageOrientation;
import com.creditdesk.model.report.Report;
import com.creditdesk.model.report.ReportColumn;
import com.creditdesk.model.report.ReportPart;
import com.creditdesk.model.report.ReportRow;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The filtered 操作记录 as an Excel workbook to print: A4 landscape, the header row repeated on
 * every page (the report renderer's layout), every value verbatim.
 */
public final class AuditExport {

    /** How many rows are read per query while exporting. */
    private static final int BATCH = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditQuery query;
    private final Messages messages;

    public AuditExport(AuditQuery query, Messages messages) {
        this.query = query;
        this.messages = messages;
    }

    /** Writes every entry {@code filter} selects to {@code out}; returns how many. */
    public int writeXlsx(AuditFilter filter, Path out) {
        List<ReportRow> rows = new ArrayList<>();
        for (int offset = 0; ; offset += BATCH) {
            List<AuditEntry> page = query.page(filter, offset, BATCH);
            page.forEach(e -> rows.add(row(e)));
            if (page.size() < BATCH) {
                break;
            }
        }
        Report report = new Report(messages.get("audit.export.title"),
                messages.get("audit.export.dateLine", LocalDateTime.now().format(TIME), describe(filter), rows.size()),
                PageOrientation.LANDSCAPE, columns(), List.of(new ReportPart(null, rows, List.of())));
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try (OutputStream stream = Files.newOutputStream(out)) {
                new XlsxReportRenderer().render(report, stream);
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "audit.export.failed", out, e.getMessage());
        }
        return rows.size();
    }

    private List<ReportColumn> columns() {
        return List.of(ReportColumn.center(messages.get("audit.column.at"), 15),
                ReportColumn.center(messages.get("audit.column.actor"), 8),
                ReportColumn.center(messages.get("audit.column.action"), 5),
                ReportColumn.left(messages.get("audit.column.entity"), 10),
                ReportColumn.left(messages.get("audit.column.field"), 10),
                ReportColumn.left(messages.get("audit.column.old"), 22),
                ReportColumn.left(messages.get("audit.column.new"), 22),
                ReportColumn.left(messages.get("audit.column.source"), 20));
    }

    private ReportRow row(AuditEntry e) {
        return ReportRow.Cells.of(e.at().format(TIME), e.actor(), messages.get("audit.action." + e.action().name()),
                AuditTexts.entity(messages, e.entity()) + (e.entityId() == null ? "" : " #" + e.entityId()),
                AuditTexts.field(messages, e.field()), AuditTexts.value(messages, e.field(), e.oldValue()),
                AuditTexts.value(messages, e.field(), e.newValue()), e.source());
    }

    private String describe(AuditFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.from() != null || f.to() != null) {
            parts.add((f.from() == null ? "…" : f.from().toString()) + " – " + (f.to() == null ? "…" : f.to().toString()));
        }
        if (f.actor() != null) {
            parts.add(f.actor());
        }
        if (f.entity() != null) {
            parts.add(AuditTexts.entity(messages, f.entity()));
        }
        if (f.action() != null) {
            parts.add(messages.get("audit.action." + f.action().name()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            parts.add("“" + f.text().strip() + "”");
        }
        return parts.isEmpty() ? messages.get("audit.filter.none") : String.join("，", parts);
    }
}
