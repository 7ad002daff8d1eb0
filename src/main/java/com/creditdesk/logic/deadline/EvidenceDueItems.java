package com.creditdesk.logic.deadline;

import com.creditdesk.model.deadline.DeadlineKind;
import com.creditdesk.model.deadline.DueGroup;
import com.creditdesk.model.deadline.DueItem;
import com.creditdesk.model.deadline.DueSource;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT_UNIT;
import static com.creditdesk.logic.db.generated.Tables.INDICATOR;
import static com.creditdesk.logic.db.generated.Tables.TASK;
import static com.creditdesk.logic.db.generated.Tables.UNIT;

/**
 * The evidence requirements with a due phrase, one board line per owing unit (done once that
 * unit's evidence is accepted). Three queries for the whole campaign.
 */
final class EvidenceDueItems {

    private EvidenceDueItems() {
    }

    static List<DueItem> items(DSLContext dsl, long campaignId, LocalDate today) {
        var requirements = dsl.select(EVIDENCE_REQUIREMENT.ID, EVIDENCE_REQUIREMENT.TASK_ID, EVIDENCE_REQUIREMENT.TEXT,
                        EVIDENCE_REQUIREMENT.DEADLINE_TEXT, EVIDENCE_REQUIREMENT.DEADLINE_DUE, EVIDENCE_REQUIREMENT.DEADLINE_KIND,
                        EVIDENCE_REQUIREMENT.DEADLINE_REVIEW, INDICATOR.CODE, TASK.SEQ_LABEL)
                .from(EVIDENCE_REQUIREMENT)
                .leftJoin(INDICATOR).on(INDICATOR.ID.eq(EVIDENCE_REQUIREMENT.INDICATOR_ID))
                .leftJoin(TASK).on(TASK.ID.eq(EVIDENCE_REQUIREMENT.TASK_ID))
                .where(EVIDENCE_REQUIREMENT.CAMPAIGN_ID.eq(campaignId)
                        .and(EVIDENCE_REQUIREMENT.DEADLINE_DUE.isNotNull().or(EVIDENCE_REQUIREMENT.DEADLINE_TEXT.isNotNull())))
                .orderBy(EVIDENCE_REQUIREMENT.ID)
                .fetch();
        if (requirements.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Long, String>> owing = new HashMap<>();
        dsl.select(EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID, UNIT.ID, UNIT.NAME).from(EVIDENCE_REQUIREMENT_UNIT)
                .join(UNIT).on(UNIT.ID.eq(EVIDENCE_REQUIREMENT_UNIT.UNIT_ID))
                .join(EVIDENCE_REQUIREMENT).on(EVIDENCE_REQUIREMENT.ID.eq(EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID))
                .where(EVIDENCE_REQUIREMENT.CAMPAIGN_ID.eq(campaignId)).orderBy(UNIT.ID)
                .forEach(r -> owing.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>()).put(r.value2(), r.value3()));
        Set<String> accepted = new HashSet<>();
        dsl.select(EVIDENCE_ITEM.REQUIREMENT_ID, EVIDENCE_ITEM.UNIT_ID).from(EVIDENCE_ITEM)
                .join(EVIDENCE_REQUIREMENT).on(EVIDENCE_REQUIREMENT.ID.eq(EVIDENCE_ITEM.REQUIREMENT_ID))
                .where(EVIDENCE_REQUIREMENT.CAMPAIGN_ID.eq(campaignId).and(EVIDENCE_ITEM.STATUS.eq("ACCEPTED")))
                .forEach(r -> accepted.add(r.value1() + "/" + r.value2()));
        List<DueItem> items = new ArrayList<>();
        for (var r : requirements) {
            long requirementId = r.value1();
            LocalDate due = r.value5();
            DeadlineKind kind = r.value6() == null ? DeadlineKind.UNKNOWN : DeadlineKind.valueOf(r.value6());
            String seq = r.value8() != null ? r.value8() : r.value9();
            Map<Long, String> units = owing.getOrDefault(requirementId, Map.of());
            List<Map.Entry<Long, String>> lines = units.isEmpty() ? java.util.Collections.singletonList(null)
                    : List.copyOf(units.entrySet());
            for (Map.Entry<Long, String> unit : lines) {
                boolean done = unit == null ? accepted.stream().anyMatch(a -> a.startsWith(requirementId + "/"))
                        : accepted.contains(requirementId + "/" + unit.getKey());
                DueGroup group = due == null ? (done ? DueGroup.DONE : DueGroup.REVIEW) : DeadlineBoard.groupOf(due, done, today);
                items.add(new DueItem(r.value2() == null ? 0 : r.value2(), seq, r.value3(),
                        unit == null ? List.of() : List.of(unit.getValue()), r.value4(), null, due, kind, false,
                        r.value7() || due == null, null, false, done, group, DueSource.EVIDENCE, requirementId));
            }
        }
        return items;
    }
}
