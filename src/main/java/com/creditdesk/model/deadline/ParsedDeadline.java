package com.creditdesk.model.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * A 完成时限 text read by the deadline parser. {@code text} is the source verbatim; {@code due}
 * is the last day the deadline covers (null when it cannot be known without guessing);
 * {@code review} asks a person to check the reading, {@code note} is a message key
 * ({@code deadline.note.*}) saying why, or null.
 */
public record ParsedDeadline(String text, DeadlineKind kind, LocalDate start, LocalDate due,
                             List<Milestone> milestones, Recurrence recurrence,
                             RelativeDeadline relative, boolean review, String note) {

    public ParsedDeadline {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    public static ParsedDeadline unknown(String text, String note) {
        return new ParsedDeadline(text, DeadlineKind.UNKNOWN, null, null, List.of(), null, null, true, note);
    }
}
