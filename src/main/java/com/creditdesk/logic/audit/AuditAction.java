package com.creditdesk.logic.audit;

/** What kind of change an audit entry records. */
public enum AuditAction {
    INSERT,
    UPDATE,
    DELETE,
    IMPORT,
    OTHER
}
