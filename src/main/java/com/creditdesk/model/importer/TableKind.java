package com.creditdesk.model.importer;

/** What a table is for; guessed from its columns, overridable in {@link ImportOptions}. */
public enum TableKind {
    TASK_LEDGER,
    INDICATOR_TABLE,
    UNIT_DUTY_LIST
}
