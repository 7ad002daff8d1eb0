package com.creditdesk.logic.evidence;

import com.creditdesk.logic.user.AccessScope;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.util.List;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT_UNIT;

/**
 * The evidence completeness matrix of a campaign: for each task or indicator and each unit named
 * by its 佐证材料 requirements, how many requirements that unit has delivered (an item submitted or
 * accepted), how many were accepted, and how many are still missing. One grouped query over the
 * requirement units left-joined to their items, within the user's scope.
 */
public final class EvidenceCompletenessQuery {

    /** One cell: a task (or an indicator) × a unit. */
    public record Cell(Long taskId, Long indicatorId, long unitId, int required, int delivered, int accepted) {

        public int missing() {
            return required - delivered;
        }
    }

    private final DSLContext dsl;
    private final AccessScope scope;

    public EvidenceCompletenessQuery(DSLContext dsl, AccessScope scope) {
        this.dsl = dsl;
        this.scope = scope;
    }

    public List<Cell> matrix(long campaignId) {
        Field<Integer> required = DSL.countDistinct(EVIDENCE_REQUIREMENT.ID);
        Field<Integer> delivered = DSL.countDistinct(DSL.when(EVIDENCE_ITEM.STATUS.in("SUBMITTED", "ACCEPTED"),
                EVIDENCE_REQUIREMENT.ID));
        Field<Integer> accepted = DSL.countDistinct(DSL.when(EVIDENCE_ITEM.STATUS.eq("ACCEPTED"), EVIDENCE_REQUIREMENT.ID));
        return dsl.select(EVIDENCE_REQUIREMENT.TASK_ID, EVIDENCE_REQUIREMENT.INDICATOR_ID,
                        EVIDENCE_REQUIREMENT_UNIT.UNIT_ID, required, delivered, accepted)
                .from(EVIDENCE_REQUIREMENT)
                .join(EVIDENCE_REQUIREMENT_UNIT).on(EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID.eq(EVIDENCE_REQUIREMENT.ID))
                .leftJoin(EVIDENCE_ITEM).on(EVIDENCE_ITEM.REQUIREMENT_ID.eq(EVIDENCE_REQUIREMENT.ID)
                        .and(EVIDENCE_ITEM.UNIT_ID.eq(EVIDENCE_REQUIREMENT_UNIT.UNIT_ID)))
                .where(EVIDENCE_REQUIREMENT.CAMPAIGN_ID.eq(campaignId)
                        .and(scope.campaignVisible(campaignId)))
                .groupBy(EVIDENCE_REQUIREMENT.TASK_ID, EVIDENCE_REQUIREMENT.INDICATOR_ID, EVIDENCE_REQUIREMENT_UNIT.UNIT_ID)
                .orderBy(EVIDENCE_REQUIREMENT.TASK_ID, EVIDENCE_REQUIREMENT.INDICATOR_ID, EVIDENCE_REQUIREMENT_UNIT.UNIT_ID)
                .fetch(r -> new Cell(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }
}
