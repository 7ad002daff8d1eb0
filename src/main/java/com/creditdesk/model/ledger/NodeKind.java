package com.creditdesk.model.ledger;

/** A row of the task tree: 一、 section → （一） task → one 成果形式 with its own 完成时限. */
public enum NodeKind {
    SECTION,
    TASK,
    MILESTONE
}
