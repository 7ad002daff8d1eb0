package com.creditdesk.logic.exchange;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.model.exchange.ConflictChoice;
import com.creditdesk.model.exchange.ExchangeConflict;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The coordinator's decisions on conflicts between the city's edits and a county's package:
 * keep the city's value, or take the county's (written and audited like any edit).
 */
public final class ConflictService {

    private final DSLContext dsl;
    private final String actor;

    public ConflictService(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    public List<ExchangeConflict> open() {
        return new ConflictStore(dsl).open();
    }

    /** Applies all decisions in one transaction (all or none), oldest conflict first. */
    public void resolve(Map<Long, ConflictChoice> choices) {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            // In conflict order, so the audit trail reads the same whatever map the caller passed.
            for (Map.Entry<Long, ConflictChoice> choice : new TreeMap<>(choices).entrySet()) {
                resolve(tx, choice.getKey(), choice.getValue());
            }
        });
    }

    private void resolve(DSLContext tx, long conflictId, ConflictChoice choice) {
        ConflictStore store = new ConflictStore(tx);
        ExchangeConflict conflict = store.findOpen(conflictId)
                .orElseThrow(() -> new UserFacingException("exchange.error.conflictNotFound", conflictId));
        ExchangeEntity entity = ExchangeEntity.byName(conflict.entity());
        String source = "conflict #" + conflictId + " of " + conflict.countyName() + " (" + conflict.countyCode() + "): "
                + choice.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        AuditLog audit = new AuditLog(tx);
        RowReader reader = new RowReader(tx);
        Long id = reader.idOf(entity, conflict.uuid());
        if (choice == ConflictChoice.TAKE_COUNTY && id != null) {
            if (ExchangeConflict.DELETED.equals(conflict.field())) {
                tx.deleteFrom(entity.table).where(entity.id.eq(id)).execute();
                audit.record(actor, AuditAction.DELETE, entity.entityName(), id, null, conflict.label(), null, source);
            } else {
                String current = reader.read(entity, id).get(conflict.field());
                new RowWriter(tx, audit, actor, source, conflict.countyName())
                        .update(entity, id, java.util.Collections.singletonMap(conflict.field(), conflict.countyValue()));
                audit.record(actor, AuditAction.UPDATE, entity.entityName(), id, conflict.field(), current,
                        conflict.countyValue(), source);
            }
        } else {
            audit.record(actor, AuditAction.OTHER, entity.entityName(), id, conflict.field(), conflict.countyValue(),
                    conflict.cityValue(), source);
        }
        store.markResolved(conflictId, choice.name(), actor);
    }
}
