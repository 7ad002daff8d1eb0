package com.creditdesk.logic.evidence;

import com.creditdesk.model.evidence.UnitRef;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.List;

import static com.creditdesk.logic.db.generated.Tables.CAMPAIGN_SYSTEM;
import static com.creditdesk.logic.db.generated.Tables.INDICATOR;
import static com.creditdesk.logic.db.generated.Tables.TASK;
import static com.creditdesk.logic.db.generated.Tables.UNIT;

/**
 * What a requirement typed by hand can belong to (the campaign's indicators, then its tasks, in
 * source order) and the units that can owe it: the choices of the requirement form.
 */
public final class RequirementOwners {

    /** An indicator or a task ({@code indicatorId} xor {@code taskId}) with its code and title. */
    public record Owner(Long indicatorId, Long taskId, String label) {
    }

    private final DSLContext dsl;

    public RequirementOwners(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Owner> owners(long campaignId) {
        List<Owner> owners = new ArrayList<>();
        dsl.select(INDICATOR.ID, INDICATOR.CODE, INDICATOR.TITLE).from(INDICATOR)
                .join(CAMPAIGN_SYSTEM).on(CAMPAIGN_SYSTEM.SYSTEM_ID.eq(INDICATOR.SYSTEM_ID))
                .where(CAMPAIGN_SYSTEM.CAMPAIGN_ID.eq(campaignId))
                .orderBy(INDICATOR.SYSTEM_ID, INDICATOR.SORT_ORDER, INDICATOR.ID)
                .forEach(r -> owners.add(new Owner(r.value1(), null, label(r.value2(), r.value3()))));
        dsl.select(TASK.ID, TASK.SEQ_LABEL, TASK.TITLE).from(TASK)
                .where(TASK.CAMPAIGN_ID.eq(campaignId))
                .orderBy(TASK.SORT_ORDER, TASK.ID)
                .forEach(r -> owners.add(new Owner(null, r.value1(), label(r.value2(), r.value3()))));
        return owners;
    }

    /** Every unit of the registry, by name. */
    public List<UnitRef> units() {
        return dsl.select(UNIT.ID, UNIT.NAME).from(UNIT).orderBy(UNIT.NAME)
                .fetch(r -> new UnitRef(r.value1(), r.value2()));
    }

    private static String label(String code, String title) {
        String c = code == null ? "" : code.strip();
        String t = title == null ? "" : title.strip();
        return c.isEmpty() || t.startsWith(c) ? t : c + " " + t;
    }
}
