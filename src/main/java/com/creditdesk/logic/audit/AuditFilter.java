package com.creditdesk.logic.audit;

import java.time.LocalDate;

/**
 * What the 操作记录 screen filters by; every part may be null ("any"). {@code from} and {@code to}
 * are whole days, both included; {@code text} is looked for in the field, the values and the source.
 */
public record AuditFilter(LocalDate from, LocalDate to, String actor, String entity, AuditAction action, String text) {

    public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null, null);
}
