package com.creditdesk.logic.report;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.deadline.DueItem;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.NodeKind;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.Unit;
import com.creditdesk.model.report.PageOrientation;
import com.creditdesk.model.report.Report;
import com.creditdesk.model.report.ReportColumn;
import com.creditdesk.model.report.ReportPart;
import com.creditdesk.model.report.ReportRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 催办单: per unit, its tasks with the 完成时限 as written next to the date read from it, the
 * status, and a line for the unit's signature. One part (page) per unit. Later issues add rows
 * under each task (evidence required, items returned) as {@link ReportRow.SpanStyle#NOTE} rows.
 */
public final class UnitChecklistBuilder {

    private final ReportText text;
    private final DueDateText dueText;

    public UnitChecklistBuilder(Messages messages) {
        this.text = new ReportText(messages);
        this.dueText = new DueDateText(text);
    }

    /** @param units the units to chase, in order; each gets its own part */
    public Report build(Campaign campaign, List<Task> tasks, List<DueItem> dueItems, List<Unit> units, LocalDate today) {
        List<ReportColumn> columns = List.of(
                ReportColumn.center(text.get("report.column.seq"), 11),
                ReportColumn.left(text.get("report.column.task"), 24),
                ReportColumn.left(text.get("report.column.deadlineText"), 14),
                ReportColumn.left(text.get("report.column.dueDate"), 17),
                ReportColumn.center(text.get("report.column.status"), 9),
                ReportColumn.left(text.get("report.column.feedback"), 16));
        Map<Long, List<DueItem>> itemsByTask = dueItems.stream().filter(i -> !i.isEvidence())
                .collect(Collectors.groupingBy(DueItem::taskId));
        List<ReportPart> parts = new ArrayList<>();
        for (Unit unit : units) {
            List<ReportRow> rows = new ArrayList<>();
            for (Task task : LedgerSelection.forUnit(tasks, unit.id())) {
                if (task.kind() == NodeKind.SECTION) {
                    rows.add(new ReportRow.Span(LedgerReportBuilder.join(task.seqLabel(), task.title()),
                            ReportRow.SpanStyle.SECTION));
                } else {
                    rows.add(ReportRow.Cells.of(ReportText.nullToEmpty(task.seqLabel()), task.title(),
                            ReportText.nullToEmpty(task.deadlineText()),
                            dueText.describe(itemsByTask.getOrDefault(task.id(), List.of()), today),
                            text.status(task), ""));
                }
            }
            if (rows.isEmpty()) {
                rows.add(new ReportRow.Span(text.get("report.empty.unit"), ReportRow.SpanStyle.NOTE));
            }
            parts.add(new ReportPart(heading(unit), rows, List.of(text.get("report.checklist.signature"))));
        }
        return new Report(text.get("report.checklist.title"), text.dateLine(campaign, today),
                PageOrientation.PORTRAIT, columns, parts);
    }

    private String heading(Unit unit) {
        String contact = ReportText.nullToEmpty(unit.contact());
        String phone = ReportText.nullToEmpty(unit.phone());
        return text.get("report.checklist.heading", unit.name(), contact.isEmpty() ? "＿＿＿＿" : contact,
                phone.isEmpty() ? "＿＿＿＿＿＿" : phone);
    }
}
