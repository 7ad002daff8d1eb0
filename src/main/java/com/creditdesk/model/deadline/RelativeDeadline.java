package com.creditdesk.model.deadline;

/**
 * A delay counted from an event: {@code amount unit} after {@code anchor}. The anchor is the
 * event as written (e.g. "作出决定之日"), or {@link #ISSUE_DATE} when the text names no event.
 */
public record RelativeDeadline(int amount, RelativeUnit unit, String anchor) {

    public static final String ISSUE_DATE = "发文日期";

    public boolean anchoredToIssueDate() {
        return ISSUE_DATE.equals(anchor);
    }
}
