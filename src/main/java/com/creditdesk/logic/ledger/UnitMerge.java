package com.creditdesk.logic.ledger;

import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditLog;
import org.jooq.DSLContext;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT_UNIT;
import static com.creditdesk.logic.db.generated.Tables.INDICATOR_UNIT;
import static com.creditdesk.logic.db.generated.Tables.TASK_UNIT;

/**
 * Moves every reference of a duplicate unit to the unit it is merged into, inside the merge's
 * transaction. A link the kept unit already has (same task and role) is dropped, not doubled.
 * Each task whose units change gets its audit entry (units before → after).
 */
final class UnitMerge {

    private final DSLContext tx;
    private final AuditLog audit;
    private final String actor;

    UnitMerge(DSLContext tx, AuditLog audit, String actor) {
        this.tx = tx;
        this.audit = audit;
        this.actor = actor;
    }

    void moveReferences(long duplicateId, long keptId) {
        TaskRepository tasks = new TaskRepository(tx);
        for (long taskId : tx.selectDistinct(TASK_UNIT.TASK_ID).from(TASK_UNIT).where(TASK_UNIT.UNIT_ID.eq(duplicateId)).fetch(TASK_UNIT.TASK_ID)) {
            String before = LedgerService.describeUnits(tasks.find(taskId).orElseThrow().units());
            for (String role : tx.select(TASK_UNIT.ROLE).from(TASK_UNIT)
                    .where(TASK_UNIT.TASK_ID.eq(taskId).and(TASK_UNIT.UNIT_ID.eq(duplicateId))).fetch(TASK_UNIT.ROLE)) {
                boolean keptHasIt = tx.fetchExists(TASK_UNIT, TASK_UNIT.TASK_ID.eq(taskId).and(TASK_UNIT.UNIT_ID.eq(keptId))
                        .and(TASK_UNIT.ROLE.eq(role)));
                var link = TASK_UNIT.TASK_ID.eq(taskId).and(TASK_UNIT.UNIT_ID.eq(duplicateId)).and(TASK_UNIT.ROLE.eq(role));
                if (keptHasIt) {
                    tx.deleteFrom(TASK_UNIT).where(link).execute();
                } else {
                    tx.update(TASK_UNIT).set(TASK_UNIT.UNIT_ID, keptId).where(link).execute();
                }
            }
            String after = LedgerService.describeUnits(tasks.find(taskId).orElseThrow().units());
            audit.record(actor, AuditAction.UPDATE, "task", taskId, "units", before, after, null);
        }
        for (var link : tx.selectFrom(INDICATOR_UNIT).where(INDICATOR_UNIT.UNIT_ID.eq(duplicateId)).fetch()) {
            var same = INDICATOR_UNIT.INDICATOR_ID.eq(link.getIndicatorId()).and(INDICATOR_UNIT.ROLE.eq(link.getRole()));
            if (tx.fetchExists(INDICATOR_UNIT, same.and(INDICATOR_UNIT.UNIT_ID.eq(keptId)))) {
                tx.deleteFrom(INDICATOR_UNIT).where(same.and(INDICATOR_UNIT.UNIT_ID.eq(duplicateId))).execute();
            } else {
                tx.update(INDICATOR_UNIT).set(INDICATOR_UNIT.UNIT_ID, keptId).where(same.and(INDICATOR_UNIT.UNIT_ID.eq(duplicateId))).execute();
            }
        }
        for (long requirementId : tx.select(EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID).from(EVIDENCE_REQUIREMENT_UNIT)
                .where(EVIDENCE_REQUIREMENT_UNIT.UNIT_ID.eq(duplicateId)).fetch(EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID)) {
            var same = EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID.eq(requirementId);
            if (tx.fetchExists(EVIDENCE_REQUIREMENT_UNIT, same.and(EVIDENCE_REQUIREMENT_UNIT.UNIT_ID.eq(keptId)))) {
                tx.deleteFrom(EVIDENCE_REQUIREMENT_UNIT).where(same.and(EVIDENCE_REQUIREMENT_UNIT.UNIT_ID.eq(duplicateId))).execute();
            } else {
                tx.update(EVIDENCE_REQUIREMENT_UNIT).set(EVIDENCE_REQUIREMENT_UNIT.UNIT_ID, keptId)
                        .where(same.and(EVIDENCE_REQUIREMENT_UNIT.UNIT_ID.eq(duplicateId))).execute();
            }
        }
        tx.update(EVIDENCE_ITEM).set(EVIDENCE_ITEM.UNIT_ID, keptId).where(EVIDENCE_ITEM.UNIT_ID.eq(duplicateId)).execute();
    }
}
