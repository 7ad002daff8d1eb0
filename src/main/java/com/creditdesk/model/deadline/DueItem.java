package com.creditdesk.model.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the deadline board: a task's deadline, one milestone named in its 完成时限, or one
 * occurrence of a recurring task. {@code deadlineText} is the wording as written; {@code due} is
 * what was read from it (or the coordinator's override); {@code occurrence} marks a recurring
 * period whose done state is kept on its own.
 * <p>
 * {@code source} EVIDENCE: an evidence requirement ({@code requirementId}) one unit still owes by
 * its due date; {@code taskId} is then the requirement's task, or 0 when it belongs to an indicator
 * (such a line has no task date to override and no occurrence to mark done).
 */
public record DueItem(long taskId, String seq, String title, List<String> units, String deadlineText,
                      String label, LocalDate due, DeadlineKind kind, boolean overridden, boolean review,
                      String note, boolean occurrence, boolean done, DueGroup group, DueSource source,
                      Long requirementId) {

    public DueItem {
        units = List.copyOf(units);
        source = source == null ? DueSource.TASK : source;
    }

    /** A task's line. */
    public DueItem(long taskId, String seq, String title, List<String> units, String deadlineText,
                   String label, LocalDate due, DeadlineKind kind, boolean overridden, boolean review,
                   String note, boolean occurrence, boolean done, DueGroup group) {
        this(taskId, seq, title, units, deadlineText, label, due, kind, overridden, review, note, occurrence, done, group,
                DueSource.TASK, null);
    }

    /** The same line for other units (e.g. one unit's part of a checklist). */
    public DueItem withUnits(List<String> newUnits) {
        return new DueItem(taskId, seq, title, newUnits, deadlineText, label, due, kind, overridden, review, note,
                occurrence, done, group, source, requirementId);
    }

    public boolean isEvidence() {
        return source == DueSource.EVIDENCE;
    }

    /** Days from {@code today} to the due date (negative when overdue); null without a date. */
    public Long daysLeft(LocalDate today) {
        return due == null ? null : java.time.temporal.ChronoUnit.DAYS.between(today, due);
    }
}
