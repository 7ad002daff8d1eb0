package com.creditdesk.model.deadline;

/**
 * The deadline board's groups, in the order the coordinator reads them. Bundle keys:
 * {@code due.group.NAME} (the text) and {@code due.mark.NAME} (a symbol, so the state is never
 * told by colour alone).
 */
public enum DueGroup {
    OVERDUE,
    DUE_7,
    DUE_30,
    LATER,
    ONGOING,
    REVIEW,
    DONE
}
