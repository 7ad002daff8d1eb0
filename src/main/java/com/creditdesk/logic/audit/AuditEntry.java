package com.creditdesk.logic.audit;

import java.time.LocalDateTime;

/** One line of the 操作记录: who changed what, when, from which value to which. */
public record AuditEntry(long id, LocalDateTime at, String actor, AuditAction action, String entity,
                         Long entityId, String field, String oldValue, String newValue, String source) {
}
