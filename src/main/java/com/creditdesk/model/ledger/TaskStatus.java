package com.creditdesk.model.ledger;

/** Where a task stands. Bundle keys: {@code task.status.NAME}. */
public enum TaskStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    BLOCKED
}
