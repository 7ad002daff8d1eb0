package com.creditdesk.logic.audit;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.ledger.TaskStatus;

import java.util.List;

/**
 * The stored names of the audit trail in the user's language, where the bundles know them:
 * "task" → 任务, "progress_note" → 进展情况, "DONE" (a status) → 已完成. Anything else as stored.
 */
public final class AuditTexts {

    /** The kinds of object the application writes to the log, each named in the bundles (audit.entity.*). */
    static final List<String> KNOWN_ENTITIES = List.of("campaign", "task", "task_occurrence", "unit", "unit_alias",
            "setting", "scenario", "county", "indicator_system", "indicator", "evidence_requirement", "evidence_item",
            "stored_file", "exchange_package", "database");
    /** Fields named in the bundles (audit.field.*). */
    static final List<String> KNOWN_FIELDS = List.of("status", "progress_note", "title", "seq_label", "content",
            "deliverable", "units", "units_text", "lead_units_text", "deadline_text", "deadline_due",
            "deadline_override", "deadline_override_note", "note", "deleted", "name", "alias", "kind", "contact", "phone",
            "done_periods");

    private AuditTexts() {
    }

    public static String entity(Messages messages, String entity) {
        return KNOWN_ENTITIES.contains(entity) ? messages.get("audit.entity." + entity) : entity;
    }

    public static String field(Messages messages, String field) {
        return field != null && KNOWN_FIELDS.contains(field) ? messages.get("audit.field." + field) : field;
    }

    /** A task status in words; every other value verbatim. */
    public static String value(Messages messages, String field, String value) {
        if ("status".equals(field) && value != null) {
            for (TaskStatus status : TaskStatus.values()) {
                if (status.name().equals(value)) {
                    return messages.get("task.status." + status.name());
                }
            }
        }
        return value;
    }
}
