package com.creditdesk.logic.report;

import org.jooq.DSLContext;
import org.jooq.Record;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM_FILE;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT_UNIT;
import static com.creditdesk.logic.db.generated.Tables.INDICATOR;
import static com.creditdesk.logic.db.generated.Tables.STORED_FILE;
import static com.creditdesk.logic.db.generated.Tables.UNIT;

/**
 * Reads a campaign's 佐证材料 requirements for the evidence index: each with its owing units, the
 * items delivered (by unit, with status, received time, return reason) and their files. Four
 * queries for the whole campaign, joined in memory.
 */
public final class EvidenceIndexQuery {

    /** A delivered item: who delivered it, its state, when it was received, its files' names. */
    public record Item(long id, Long unitId, String unitName, String status, LocalDateTime receivedAt,
                       String returnReason, List<String> fileNames) {
    }

    /**
     * A requirement: the task or indicator it belongs to (one of them set), its text verbatim,
     * type, stamp, period and deadline as written, the units that owe it and what came in.
     */
    public record Requirement(long id, Long taskId, Long indicatorId, String indicatorCode, String indicatorTitle,
                              String text, String type, boolean stampRequired, String periodText,
                              String deadlineText, LocalDate deadlineDue, Map<Long, String> units, List<Item> items) {
    }

    private final DSLContext dsl;

    public EvidenceIndexQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The campaign's requirements in the order they were recorded. */
    public List<Requirement> requirements(long campaignId) {
        Map<Long, Map<Long, String>> units = new LinkedHashMap<>();
        dsl.select(EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID, UNIT.ID, UNIT.NAME)
                .from(EVIDENCE_REQUIREMENT_UNIT)
                .join(UNIT).on(UNIT.ID.eq(EVIDENCE_REQUIREMENT_UNIT.UNIT_ID))
                .join(EVIDENCE_REQUIREMENT).on(EVIDENCE_REQUIREMENT.ID.eq(EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID))
                .where(EVIDENCE_REQUIREMENT.CAMPAIGN_ID.eq(campaignId))
                .orderBy(UNIT.ID)
                .forEach(r -> units.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>()).put(r.value2(), r.value3()));
        Map<Long, List<String>> files = new LinkedHashMap<>();
        dsl.select(EVIDENCE_ITEM_FILE.ITEM_ID, STORED_FILE.ORIGINAL_NAME)
                .from(EVIDENCE_ITEM_FILE)
                .join(STORED_FILE).on(STORED_FILE.ID.eq(EVIDENCE_ITEM_FILE.FILE_ID))
                .join(EVIDENCE_ITEM).on(EVIDENCE_ITEM.ID.eq(EVIDENCE_ITEM_FILE.ITEM_ID))
                .join(EVIDENCE_REQUIREMENT).on(EVIDENCE_REQUIREMENT.ID.eq(EVIDENCE_ITEM.REQUIREMENT_ID))
                .where(EVIDENCE_REQUIREMENT.CAMPAIGN_ID.eq(campaignId))
                .orderBy(STORED_FILE.ORIGINAL_NAME)
                .forEach(r -> files.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<Item>> items = new LinkedHashMap<>();
        dsl.select(EVIDENCE_ITEM.ID, EVIDENCE_ITEM.REQUIREMENT_ID, EVIDENCE_ITEM.UNIT_ID, UNIT.NAME,
                        EVIDENCE_ITEM.STATUS, EVIDENCE_ITEM.RECEIVED_AT, EVIDENCE_ITEM.RETURN_REASON)
                .from(EVIDENCE_ITEM)
                .leftJoin(UNIT).on(UNIT.ID.eq(EVIDENCE_ITEM.UNIT_ID))
                .join(EVIDENCE_REQUIREMENT).on(EVIDENCE_REQUIREMENT.ID.eq(EVIDENCE_ITEM.REQUIREMENT_ID))
                .where(EVIDENCE_REQUIREMENT.CAMPAIGN_ID.eq(campaignId))
                .orderBy(EVIDENCE_ITEM.ID)
                .forEach(r -> items.computeIfAbsent(r.get(EVIDENCE_ITEM.REQUIREMENT_ID), k -> new ArrayList<>())
                        .add(new Item(r.get(EVIDENCE_ITEM.ID), r.get(EVIDENCE_ITEM.UNIT_ID), r.get(UNIT.NAME),
                                r.get(EVIDENCE_ITEM.STATUS), r.get(EVIDENCE_ITEM.RECEIVED_AT),
                                r.get(EVIDENCE_ITEM.RETURN_REASON),
                                List.copyOf(files.getOrDefault(r.get(EVIDENCE_ITEM.ID), List.of())))));
        return dsl.select(EVIDENCE_REQUIREMENT.fields())
                .select(INDICATOR.CODE, INDICATOR.TITLE)
                .from(EVIDENCE_REQUIREMENT)
                .leftJoin(INDICATOR).on(INDICATOR.ID.eq(EVIDENCE_REQUIREMENT.INDICATOR_ID))
                .where(EVIDENCE_REQUIREMENT.CAMPAIGN_ID.eq(campaignId))
                .orderBy(INDICATOR.SYSTEM_ID, INDICATOR.SORT_ORDER, EVIDENCE_REQUIREMENT.ID)
                .fetch(r -> requirement(r, units, items));
    }

    private static Requirement requirement(Record r, Map<Long, Map<Long, String>> units, Map<Long, List<Item>> items) {
        long id = r.get(EVIDENCE_REQUIREMENT.ID);
        return new Requirement(id, r.get(EVIDENCE_REQUIREMENT.TASK_ID), r.get(EVIDENCE_REQUIREMENT.INDICATOR_ID),
                r.get(INDICATOR.CODE), r.get(INDICATOR.TITLE), r.get(EVIDENCE_REQUIREMENT.TEXT),
                r.get(EVIDENCE_REQUIREMENT.EVIDENCE_TYPE), Boolean.TRUE.equals(r.get(EVIDENCE_REQUIREMENT.STAMP_REQUIRED)),
                r.get(EVIDENCE_REQUIREMENT.PERIOD_TEXT), r.get(EVIDENCE_REQUIREMENT.DEADLINE_TEXT),
                r.get(EVIDENCE_REQUIREMENT.DEADLINE_DUE), java.util.Collections.unmodifiableMap(units.getOrDefault(id, new LinkedHashMap<>())),
                List.copyOf(items.getOrDefault(id, List.of())));
    }
}
