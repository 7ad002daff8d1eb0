package com.creditdesk.logic.report;

import com.creditdesk.logic.deadline.DeadlineBoard;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.deadline.DueGroup;
import com.creditdesk.model.deadline.DueItem;
import com.creditdesk.model.deadline.UnitDueSummary;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.report.PageOrientation;
import com.creditdesk.model.report.Report;
import com.creditdesk.model.report.ReportColumn;
import com.creditdesk.model.report.ReportPart;
import com.creditdesk.model.report.ReportRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** 逾期/临期清单: what is overdue or due within 30 days, grouped by unit, most overdue units first. */
public final class DueListBuilder {

    static final Set<DueGroup> SHOWN = EnumSet.of(DueGroup.OVERDUE, DueGroup.DUE_7, DueGroup.DUE_30);

    private final ReportText text;

    public DueListBuilder(Messages messages) {
        this.text = new ReportText(messages);
    }

    /** @param unitName null for all units */
    public Report build(Campaign campaign, List<DueItem> items, String unitName, LocalDate today) {
        List<ReportColumn> columns = List.of(
                ReportColumn.center(text.get("report.column.seq"), 7),
                ReportColumn.left(text.get("report.column.task"), 28),
                ReportColumn.left(text.get("report.column.deadlineText"), 16),
                ReportColumn.left(text.get("report.column.milestone"), 12),
                ReportColumn.left(text.get("report.column.dueDate"), 15),
                ReportColumn.center(text.get("report.column.daysLeft"), 10),
                ReportColumn.center(text.get("report.column.group"), 10));
        List<DueItem> shown = items.stream().filter(i -> SHOWN.contains(i.group()))
                .map(i -> i.units().isEmpty() ? withUnit(i, text.get("report.due.noUnit")) : i).toList();
        List<ReportRow> rows = new ArrayList<>();
        for (UnitDueSummary unit : DeadlineBoard.byUnit(shown)) {
            if (unitName != null && !unitName.equals(unit.unit())) {
                continue;
            }
            List<DueItem> mine = shown.stream().filter(i -> i.units().contains(unit.unit())).toList();
            long month = mine.stream().filter(i -> i.group() == DueGroup.DUE_30).count();
            rows.add(new ReportRow.Span(text.get("report.due.unitHeading", unit.unit(), unit.overdue(), unit.dueSoon(), month),
                    ReportRow.SpanStyle.SECTION));
            for (DueItem item : mine) {
                rows.add(ReportRow.Cells.of(ReportText.nullToEmpty(item.seq()), item.title(),
                        ReportText.nullToEmpty(item.deadlineText()), ReportText.nullToEmpty(item.label()),
                        text.date(item.due()), daysLeft(item, today), text.get("report.group." + item.group().name())));
            }
        }
        if (rows.isEmpty()) {
            rows.add(new ReportRow.Span(text.get("report.empty.due"), ReportRow.SpanStyle.NOTE));
        }
        String title = unitName == null ? text.get("report.due.title") : text.get("report.due.titleForUnit", unitName);
        return new Report(title, text.dateLine(campaign, today), PageOrientation.LANDSCAPE, columns,
                List.of(new ReportPart(null, rows, List.of())));
    }

    private String daysLeft(DueItem item, LocalDate today) {
        Long days = item.daysLeft(today);
        if (days == null) {
            return "";
        }
        return days < 0 ? text.get("report.due.daysOverdue", -days) : text.get("report.due.daysLeft", days);
    }

    private static DueItem withUnit(DueItem i, String unit) {
        return i.withUnits(List.of(unit));
    }
}
