package com.creditdesk.logic.report;

import com.creditdesk.model.deadline.DeadlineKind;
import com.creditdesk.model.deadline.DueItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A task's due date(s) as read by the deadline board, in one cell: one date, milestones, next period. */
final class DueDateText {

    private final ReportText text;

    DueDateText(ReportText text) {
        this.text = text;
    }

    String describe(List<DueItem> items, LocalDate today) {
        if (items.isEmpty()) {
            return "";
        }
        DueItem first = items.get(0);
        if (items.stream().allMatch(i -> i.due() == null)) {
            return first.kind() == DeadlineKind.ONGOING ? text.get("report.due.ongoing") : text.get("report.due.review");
        }
        if (items.stream().anyMatch(DueItem::occurrence)) {
            return items.stream().filter(i -> !i.done() && i.due() != null)
                    .min(Comparator.comparing(DueItem::due))
                    .map(i -> text.get("report.due.next", text.date(i.due())))
                    .orElse(text.get("report.due.allPeriodsDone"));
        }
        List<String> lines = new ArrayList<>();
        for (DueItem item : items) {
            String date = text.date(item.due());
            if (item.overridden()) {
                date = text.get("report.due.overridden", date);
            }
            lines.add(item.label() == null || items.size() == 1 ? date : item.label() + "：" + date);
        }
        return String.join("\n", lines);
    }
}
