package com.creditdesk.logic.ledger;

import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.model.ledger.UnitKind;
import com.creditdesk.model.ledger.UnitWorkload;
import com.creditdesk.logic.user.AccessScope;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.util.List;

import static com.creditdesk.logic.db.generated.Tables.TASK;
import static com.creditdesk.logic.db.generated.Tables.TASK_UNIT;
import static com.creditdesk.logic.db.generated.Tables.UNIT;

/** Per-unit task counts of one campaign, computed by the database in one query. */
public final class WorkloadQuery {

    private final DSLContext dsl;
    private final AccessScope scope;

    public WorkloadQuery(DSLContext dsl, AccessScope scope) {
        this.dsl = dsl;
        this.scope = scope;
    }

    public List<UnitWorkload> byUnit(long campaignId) {
        Field<Integer> total = DSL.countDistinct(TASK.ID).as("total");
        return dsl.select(UNIT.ID, UNIT.NAME, UNIT.KIND, UNIT.CONTACT, UNIT.PHONE, total,
                        countStatus(TaskStatus.DONE), countStatus(TaskStatus.IN_PROGRESS),
                        countStatus(TaskStatus.NOT_STARTED), countStatus(TaskStatus.BLOCKED))
                .from(UNIT)
                .join(TASK_UNIT).on(TASK_UNIT.UNIT_ID.eq(UNIT.ID))
                .join(TASK).on(TASK.ID.eq(TASK_UNIT.TASK_ID))
                .where(TASK.CAMPAIGN_ID.eq(campaignId).and(scope.campaignVisible(campaignId)))
                .groupBy(UNIT.ID, UNIT.NAME, UNIT.KIND, UNIT.CONTACT, UNIT.PHONE)
                .orderBy(total.desc(), UNIT.NAME)
                .fetch(r -> new UnitWorkload(r.value1(), r.value2(), UnitKind.valueOf(r.value3()), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10()));
    }

    private static Field<Integer> countStatus(TaskStatus status) {
        return DSL.countDistinct(DSL.when(TASK.STATUS.eq(status.name()), TASK.ID)).as(status.name().toLowerCase());
    }
}
