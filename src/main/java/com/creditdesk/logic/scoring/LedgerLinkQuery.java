package com.creditdesk.logic.scoring;

import com.creditdesk.model.indicator.LedgerLink;
import com.creditdesk.model.indicator.StoredNodeKind;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static com.creditdesk.logic.db.generated.Tables.INDICATOR;
import static com.creditdesk.logic.db.generated.Tables.TASK;

/**
 * The ledger work tied to the indicators of one stored system in one campaign: the evidence
 * requirements naming an indicator (or one of its sub-rules), each done once an item of it is
 * ACCEPTED, and the tasks those requirements name, done when their status is DONE.
 */
public final class LedgerLinkQuery {

    private static final String ACCEPTED = "ACCEPTED";
    private static final String DONE = "DONE";

    private final DSLContext dsl;

    public LedgerLinkQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<LedgerLink> links(long campaignId, long systemId) {
        Map<Long, Long> indicatorOf = new HashMap<>();
        for (Record r : dsl.select(INDICATOR.ID, INDICATOR.PARENT_ID, INDICATOR.KIND).from(INDICATOR)
                .where(INDICATOR.SYSTEM_ID.eq(systemId)).fetch()) {
            StoredNodeKind kind = StoredNodeKind.valueOf(r.get(INDICATOR.KIND));
            if (kind.isIndicator()) {
                indicatorOf.put(r.get(INDICATOR.ID), r.get(INDICATOR.ID));
            } else if (kind == StoredNodeKind.RULE && r.get(INDICATOR.PARENT_ID) != null) {
                indicatorOf.put(r.get(INDICATOR.ID), r.get(INDICATOR.PARENT_ID));
            }
        }
        if (indicatorOf.isEmpty()) {
            return List.of();
        }
        var accepted = DSL.field(DSL.exists(DSL.selectOne().from(EVIDENCE_ITEM)
                .where(EVIDENCE_ITEM.REQUIREMENT_ID.eq(EVIDENCE_REQUIREMENT.ID))
                .and(EVIDENCE_ITEM.STATUS.eq(ACCEPTED))));
        List<LedgerLink> links = new ArrayList<>();
        Map<Long, List<String>> tasksOf = new LinkedHashMap<>();
        for (Record r : dsl.select(EVIDENCE_REQUIREMENT.ID, EVIDENCE_REQUIREMENT.INDICATOR_ID,
                        EVIDENCE_REQUIREMENT.TASK_ID, EVIDENCE_REQUIREMENT.TEXT, EVIDENCE_REQUIREMENT.DEADLINE_DUE, accepted)
                .from(EVIDENCE_REQUIREMENT)
                .where(EVIDENCE_REQUIREMENT.CAMPAIGN_ID.eq(campaignId))
                .and(EVIDENCE_REQUIREMENT.INDICATOR_ID.in(indicatorOf.keySet()))
                .orderBy(EVIDENCE_REQUIREMENT.ID).fetch()) {
            String indicatorId = String.valueOf(indicatorOf.get(r.get(EVIDENCE_REQUIREMENT.INDICATOR_ID)));
            links.add(new LedgerLink(indicatorId, LedgerLink.Kind.EVIDENCE, r.get(EVIDENCE_REQUIREMENT.ID),
                    r.get(EVIDENCE_REQUIREMENT.TEXT), r.get(EVIDENCE_REQUIREMENT.DEADLINE_DUE),
                    Boolean.TRUE.equals(r.get(accepted))));
            Long taskId = r.get(EVIDENCE_REQUIREMENT.TASK_ID);
            if (taskId != null) {
                List<String> owners = tasksOf.computeIfAbsent(taskId, t -> new ArrayList<>());
                if (!owners.contains(indicatorId)) {
                    owners.add(indicatorId);
                }
            }
        }
        if (!tasksOf.isEmpty()) {
            for (Record r : dsl.select(TASK.ID, TASK.TITLE, TASK.STATUS, TASK.DEADLINE_OVERRIDE, TASK.DEADLINE_DUE)
                    .from(TASK).where(TASK.ID.in(tasksOf.keySet())).and(TASK.CAMPAIGN_ID.eq(campaignId))
                    .orderBy(TASK.ID).fetch()) {
                LocalDate due = r.get(TASK.DEADLINE_OVERRIDE) != null ? r.get(TASK.DEADLINE_OVERRIDE) : r.get(TASK.DEADLINE_DUE);
                for (String indicatorId : tasksOf.get(r.get(TASK.ID))) {
                    links.add(new LedgerLink(indicatorId, LedgerLink.Kind.TASK, r.get(TASK.ID), r.get(TASK.TITLE), due,
                            DONE.equals(r.get(TASK.STATUS))));
                }
            }
        }
        return links;
    }
}
