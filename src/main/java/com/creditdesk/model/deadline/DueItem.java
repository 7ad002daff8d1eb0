package com.creditdesk.model.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the deadline board: a task's deadline, one milestone named in its 完成时限, or one
 * occurrence of a recurring task. {@code deadlineText} is the wording as written; {@code due} is
 * what was read from it (or the coordinator's override); {@code occurrence} marks a recurring
 * period whose done state is kept on its own.
 */
public record DueItem(long taskId, String seq, String title, List<String> units, String deadlineText,
                      String label, LocalDate due, DeadlineKind kind, boolean overridden, boolean review,
                      String note, boolean occurrence, boolean done, DueGroup group) {

    public DueItem {
        units = List.copyOf(units);
    }

    /** Days from {@code today} to the due date (negative when overdue); null without a date. */
    public Long daysLeft(LocalDate today) {
        return due == null ? null : java.time.temporal.ChronoUnit.DAYS.between(today, due);
    }
}
