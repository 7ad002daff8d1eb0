package com.creditdesk.logic.deadline;

import com.creditdesk.model.deadline.DeadlineKind;
import com.creditdesk.model.deadline.DueGroup;
import com.creditdesk.model.deadline.DueItem;
import com.creditdesk.model.deadline.Milestone;
import com.creditdesk.model.deadline.ParsedDeadline;
import com.creditdesk.model.deadline.UnitDueSummary;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.NodeKind;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.model.ledger.TaskUnit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a campaign's tasks into the deadline board: each 完成时限 read by the parser against the
 * plan's issue date and campaign period; several milestones in one text become several lines,
 * a recurring task one line per period within the campaign, each with its own done state.
 */
public final class DeadlineBoard {

    public static final int SOON_DAYS = 7;
    public static final int MONTH_DAYS = 30;
    /** Board order: by group, then date, tasks before evidence, then task / requirement. */
    public static final Comparator<DueItem> ORDER = Comparator.comparing(DueItem::group)
            .thenComparing(DueItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DueItem::source)
            .thenComparingLong(DueItem::taskId)
            .thenComparing(DueItem::requirementId, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final DeadlineParser parser;
    private final WorkingDayCalendar calendar;

    public DeadlineBoard(DeadlineParser parser, WorkingDayCalendar calendar) {
        this.parser = parser;
        this.calendar = calendar;
    }

    /**
     * @param doneOccurrences per task, the due dates of recurring occurrences marked done
     */
    public List<DueItem> items(Campaign campaign, List<Task> tasks, Map<Long, Set<LocalDate>> doneOccurrences,
                               LocalDate today) {
        DeadlineContext context = new DeadlineContext(
                campaign.issueDate() != null ? campaign.issueDate() : today,
                campaign.periodStart(), campaign.periodEnd(), calendar);
        List<DueItem> items = new ArrayList<>();
        for (Task task : tasks) {
            if (task.kind() == NodeKind.SECTION) {
                continue;
            }
            boolean hasText = task.deadlineText() != null && !task.deadlineText().isBlank();
            if (!hasText && task.deadlineOverride() == null) {
                continue;
            }
            ParsedDeadline parsed = hasText ? parser.parse(task.deadlineText(), context) : null;
            addItems(items, task, parsed, campaign, doneOccurrences.getOrDefault(task.id(), Set.of()), today);
        }
        items.sort(ORDER);
        return items;
    }

    private void addItems(List<DueItem> items, Task task, ParsedDeadline parsed, Campaign campaign,
                          Set<LocalDate> doneDates, LocalDate today) {
        boolean taskDone = task.status() == TaskStatus.DONE;
        String text = task.deadlineText();
        if (task.deadlineOverride() != null) {
            DeadlineKind kind = parsed == null ? DeadlineKind.DATE : parsed.kind();
            items.add(item(task, text, null, task.deadlineOverride(), kind, true, false, null, false, taskDone, today));
            return;
        }
        switch (parsed.kind()) {
            case ONGOING -> items.add(new DueItem(task.id(), task.seqLabel(), task.title(), unitNames(task), text, null,
                    null, parsed.kind(), false, parsed.review(), parsed.note(), false, taskDone,
                    taskDone ? DueGroup.DONE : DueGroup.ONGOING));
            case RECURRING -> addOccurrences(items, task, parsed, campaign, doneDates, today);
            default -> {
                if (parsed.due() == null) {
                    items.add(new DueItem(task.id(), task.seqLabel(), task.title(), unitNames(task), text, null, null,
                            parsed.kind(), false, true, parsed.note(), false, taskDone,
                            taskDone ? DueGroup.DONE : DueGroup.REVIEW));
                } else if (parsed.milestones().size() > 1) {
                    for (Milestone milestone : parsed.milestones()) {
                        items.add(item(task, text, milestone.text(), milestone.due(), parsed.kind(), false,
                                parsed.review(), parsed.note(), false, taskDone, today));
                    }
                } else {
                    items.add(item(task, text, null, parsed.due(), parsed.kind(), false, parsed.review(),
                            parsed.note(), false, taskDone, today));
                }
            }
        }
    }

    private void addOccurrences(List<DueItem> items, Task task, ParsedDeadline parsed, Campaign campaign,
                                Set<LocalDate> doneDates, LocalDate today) {
        LocalDate start = campaign.periodStart() != null ? campaign.periodStart()
                : campaign.issueDate() != null ? campaign.issueDate() : today.withDayOfYear(1);
        LocalDate end = campaign.periodEnd() != null ? campaign.periodEnd() : start.withDayOfYear(start.lengthOfYear());
        boolean taskDone = task.status() == TaskStatus.DONE;
        List<LocalDate> dates = parsed.recurrence() == null ? List.of() : parsed.recurrence().occurrences(start, end);
        if (dates.isEmpty()) {
            items.add(new DueItem(task.id(), task.seqLabel(), task.title(), unitNames(task), task.deadlineText(), null,
                    null, parsed.kind(), false, true, parsed.note(), false, taskDone,
                    taskDone ? DueGroup.DONE : DueGroup.REVIEW));
            return;
        }
        for (LocalDate due : dates) {
            boolean done = taskDone || doneDates.contains(due);
            items.add(item(task, task.deadlineText(), null, due, parsed.kind(), false, parsed.review(), parsed.note(),
                    true, done, today));
        }
    }

    private static DueItem item(Task task, String text, String label, LocalDate due, DeadlineKind kind,
                                boolean overridden, boolean review, String note, boolean occurrence, boolean done,
                                LocalDate today) {
        return new DueItem(task.id(), task.seqLabel(), task.title(), unitNames(task), text, label, due, kind,
                overridden, review, note, occurrence, done, groupOf(due, done, today));
    }

    static DueGroup groupOf(LocalDate due, boolean done, LocalDate today) {
        if (done) {
            return DueGroup.DONE;
        }
        if (due.isBefore(today)) {
            return DueGroup.OVERDUE;
        }
        if (!due.isAfter(today.plusDays(SOON_DAYS))) {
            return DueGroup.DUE_7;
        }
        if (!due.isAfter(today.plusDays(MONTH_DAYS))) {
            return DueGroup.DUE_30;
        }
        return DueGroup.LATER;
    }

    private static List<String> unitNames(Task task) {
        return task.units().stream().map(TaskUnit::unitName).distinct().toList();
    }

    /** Per unit: overdue, due within a week, done; units with overdue items first. */
    public static List<UnitDueSummary> byUnit(List<DueItem> items) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (DueItem item : items) {
            for (String unit : item.units()) {
                int[] c = counts.computeIfAbsent(unit, u -> new int[4]);
                c[0] += item.group() == DueGroup.OVERDUE ? 1 : 0;
                c[1] += item.group() == DueGroup.DUE_7 ? 1 : 0;
                c[2] += item.group() == DueGroup.DONE ? 1 : 0;
                c[3]++;
            }
        }
        List<UnitDueSummary> summaries = new ArrayList<>();
        counts.forEach((unit, c) -> summaries.add(new UnitDueSummary(unit, c[0], c[1], c[2], c[3])));
        summaries.sort(Comparator.comparingInt(UnitDueSummary::overdue).reversed()
                .thenComparing(Comparator.comparingInt(UnitDueSummary::dueSoon).reversed())
                .thenComparing(UnitDueSummary::unit));
        return summaries;
    }
}
