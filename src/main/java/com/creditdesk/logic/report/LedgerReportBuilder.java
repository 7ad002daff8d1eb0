package com.creditdesk.logic.report;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.NodeKind;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.Unit;
import com.creditdesk.model.ledger.UnitRole;
import com.creditdesk.model.report.PageOrientation;
import com.creditdesk.model.report.Report;
import com.creditdesk.model.report.ReportColumn;
import com.creditdesk.model.report.ReportPart;
import com.creditdesk.model.report.ReportRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 工作台账: the whole ledger (or one unit's part of it), sections as spanning rows. */
public final class LedgerReportBuilder {

    private final ReportText text;

    public LedgerReportBuilder(Messages messages) {
        this.text = new ReportText(messages);
    }

    /** @param unit null for the whole ledger */
    public Report build(Campaign campaign, List<Task> tasks, Unit unit, LocalDate today) {
        List<ReportColumn> columns = List.of(
                ReportColumn.center(text.get("report.column.seq"), 7),
                ReportColumn.left(text.get("report.column.task"), 15),
                ReportColumn.left(text.get("report.column.content"), 30),
                ReportColumn.left(text.get("report.column.lead"), 9),
                ReportColumn.left(text.get("report.column.responsible"), 13),
                ReportColumn.left(text.get("report.column.deadlineText"), 10),
                ReportColumn.center(text.get("report.column.status"), 7),
                ReportColumn.left(text.get("report.column.progress"), 13));
        List<ReportRow> rows = new ArrayList<>();
        for (Task task : LedgerSelection.forUnit(tasks, unit == null ? null : unit.id())) {
            if (task.kind() == NodeKind.SECTION) {
                rows.add(new ReportRow.Span(join(task.seqLabel(), task.title()), ReportRow.SpanStyle.SECTION));
            } else {
                rows.add(ReportRow.Cells.of(ReportText.nullToEmpty(task.seqLabel()), task.title(), content(task),
                        lead(task), responsible(task), ReportText.nullToEmpty(task.deadlineText()),
                        text.status(task), ReportText.nullToEmpty(task.progressNote())));
            }
        }
        if (rows.isEmpty()) {
            rows.add(new ReportRow.Span(text.get("report.empty.ledger"), ReportRow.SpanStyle.NOTE));
        }
        String title = unit == null ? text.get("report.ledger.title") : text.get("report.ledger.titleForUnit", unit.name());
        return new Report(title, text.dateLine(campaign, today), PageOrientation.LANDSCAPE, columns,
                List.of(new ReportPart(null, rows, List.of())));
    }

    private String content(Task task) {
        String content = ReportText.nullToEmpty(task.content());
        String deliverable = ReportText.nullToEmpty(task.deliverable());
        if (deliverable.isEmpty()) {
            return content;
        }
        String line = text.get("report.deliverable", deliverable);
        return content.isEmpty() ? line : content + "\n" + line;
    }

    /** Linked lead units, else the lead text as written in the notice. */
    private static String lead(Task task) {
        String linked = ReportText.units(task, UnitRole.LEAD);
        return linked.isEmpty() ? ReportText.nullToEmpty(task.leadUnitsText()) : linked;
    }

    /** Responsible units, then cooperating ones; the 责任单位 text as written when none is linked. */
    private String responsible(Task task) {
        String responsible = ReportText.units(task, UnitRole.RESPONSIBLE);
        String cooperating = ReportText.units(task, UnitRole.COOPERATING);
        if (!cooperating.isEmpty()) {
            String line = text.get("report.cooperating", cooperating);
            responsible = responsible.isEmpty() ? line : responsible + "\n" + line;
        }
        return responsible.isEmpty() && task.units().isEmpty() ? ReportText.nullToEmpty(task.unitsText()) : responsible;
    }

    static String join(String seq, String title) {
        String s = ReportText.nullToEmpty(seq);
        return s.isEmpty() ? title : s + (s.endsWith("、") || s.endsWith("）") ? "" : " ") + title;
    }
}
