package com.creditdesk.logic.audit;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.LocalDateTime;
import java.util.List;

import static com.creditdesk.logic.db.generated.Tables.AUDIT_LOG;

/**
 * The append-only audit trail. Writers pass the {@link DSLContext} of their own transaction so
 * the entry commits or rolls back with the change it describes.
 */
public final class AuditLog {

    private final DSLContext dsl;

    public AuditLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void record(String actor, AuditAction action, String entity, Long entityId,
                       String field, Object oldValue, Object newValue, String source) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, LocalDateTime.now())
                .set(AUDIT_LOG.ACTOR, actor)
                .set(AUDIT_LOG.ACTION, action.name())
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.FIELD, field)
                .set(AUDIT_LOG.OLD_VALUE, oldValue == null ? null : oldValue.toString())
                .set(AUDIT_LOG.NEW_VALUE, newValue == null ? null : newValue.toString())
                .set(AUDIT_LOG.SOURCE, source)
                .execute();
    }

    /** Newest first; {@code entity} and {@code entityId} may be null to mean "any". */
    public List<AuditEntry> list(String entity, Long entityId, int limit) {
        Condition condition = DSL.noCondition();
        if (entity != null) {
            condition = condition.and(AUDIT_LOG.ENTITY.eq(entity));
        }
        if (entityId != null) {
            condition = condition.and(AUDIT_LOG.ENTITY_ID.eq(entityId));
        }
        return dsl.selectFrom(AUDIT_LOG)
                .where(condition)
                .orderBy(AUDIT_LOG.ID.desc())
                .limit(limit)
                .fetch(r -> new AuditEntry(r.getId(), r.getAt(), r.getActor(), AuditAction.valueOf(r.getAction()),
                        r.getEntity(), r.getEntityId(), r.getField(), r.getOldValue(), r.getNewValue(), r.getSource()));
    }

    public int count() {
        return dsl.fetchCount(AUDIT_LOG);
    }
}
