package com.creditdesk.model.deadline;

/** How a 完成时限 text reads: a date, a range, a period, a rule that repeats, a delay, open-ended, or unread. */
public enum DeadlineKind {
    DATE, RANGE, PERIOD, RECURRING, RELATIVE, ONGOING, UNKNOWN
}
