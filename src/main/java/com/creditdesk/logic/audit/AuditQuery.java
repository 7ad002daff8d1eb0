package com.creditdesk.logic.audit;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.List;

import static com.creditdesk.logic.db.generated.Tables.AUDIT_LOG;

/** Reads the audit trail with filters, a page at a time (newest first), for the screen and the export. */
public final class AuditQuery {

    private final DSLContext dsl;

    public AuditQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int count(AuditFilter filter) {
        return dsl.fetchCount(AUDIT_LOG, condition(filter));
    }

    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        return dsl.selectFrom(AUDIT_LOG).where(condition(filter)).orderBy(AUDIT_LOG.ID.desc())
                .limit(limit).offset(offset)
                .fetch(r -> new AuditEntry(r.getId(), r.getAt(), r.getActor(), AuditAction.valueOf(r.getAction()),
                        r.getEntity(), r.getEntityId(), r.getField(), r.getOldValue(), r.getNewValue(), r.getSource()));
    }

    /** Everyone who changed something, for the filter's drop-down. */
    public List<String> actors() {
        return dsl.selectDistinct(AUDIT_LOG.ACTOR).from(AUDIT_LOG).orderBy(AUDIT_LOG.ACTOR).fetch(AUDIT_LOG.ACTOR);
    }

    /** Every kind of object in the log ("task", "unit"…), for the filter's drop-down. */
    public List<String> entities() {
        return dsl.selectDistinct(AUDIT_LOG.ENTITY).from(AUDIT_LOG).orderBy(AUDIT_LOG.ENTITY).fetch(AUDIT_LOG.ENTITY);
    }

    static Condition condition(AuditFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.from() != null) {
            condition = condition.and(AUDIT_LOG.AT.ge(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            condition = condition.and(AUDIT_LOG.AT.lt(filter.to().plusDays(1).atStartOfDay()));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            condition = condition.and(AUDIT_LOG.ACTOR.eq(filter.actor()));
        }
        if (filter.entity() != null && !filter.entity().isBlank()) {
            condition = condition.and(AUDIT_LOG.ENTITY.eq(filter.entity()));
        }
        if (filter.action() != null) {
            condition = condition.and(AUDIT_LOG.ACTION.eq(filter.action().name()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = filter.text().strip();
            condition = condition.and(AUDIT_LOG.FIELD.containsIgnoreCase(text)
                    .or(AUDIT_LOG.OLD_VALUE.containsIgnoreCase(text))
                    .or(AUDIT_LOG.NEW_VALUE.containsIgnoreCase(text))
                    .or(AUDIT_LOG.SOURCE.containsIgnoreCase(text))
                    .or(AUDIT_LOG.ACTOR.containsIgnoreCase(text)));
        }
        return condition;
    }
}
