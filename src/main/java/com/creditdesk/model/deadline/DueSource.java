package com.creditdesk.model.deadline;

/** What a line of the deadline board comes from: a task's 完成时限, or an evidence requirement owed by a unit. */
public enum DueSource {
    TASK,
    EVIDENCE
}
