package com.creditdesk.logic.evidence;

import com.creditdesk.model.evidence.EvidenceItem;
import com.creditdesk.model.evidence.EvidenceStatus;
import com.creditdesk.model.evidence.EvidenceType;
import com.creditdesk.model.evidence.Requirement;
import com.creditdesk.model.evidence.StoredFile;
import com.creditdesk.model.evidence.UnitRef;
import org.jooq.Condition;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM_FILE;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT_UNIT;
import static com.creditdesk.logic.db.generated.Tables.STORED_FILE;
import static com.creditdesk.logic.db.generated.Tables.UNIT;

/**
 * Loads requirements and items set by set (one query per table, whatever the number of rows):
 * the checklist and the matrix of a whole campaign cost a handful of queries.
 */
final class EvidenceReader {

    private final DSLContext dsl;

    EvidenceReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Requirements matching {@code condition}, in the order of their indicators / tasks in the source. */
    List<Requirement> requirements(long campaignId, Condition condition) {
        OwnerPaths paths = new OwnerPaths(dsl, campaignId);
        Condition where = EVIDENCE_REQUIREMENT.CAMPAIGN_ID.eq(campaignId).and(condition);
        Map<Long, List<UnitRef>> units = new LinkedHashMap<>();
        dsl.select(EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID, UNIT.ID, UNIT.NAME)
                .from(EVIDENCE_REQUIREMENT_UNIT)
                .join(UNIT).on(UNIT.ID.eq(EVIDENCE_REQUIREMENT_UNIT.UNIT_ID))
                .join(EVIDENCE_REQUIREMENT).on(EVIDENCE_REQUIREMENT.ID.eq(EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID))
                .where(where)
                .orderBy(UNIT.ID)
                .forEach(r -> units.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new UnitRef(r.value2(), r.value3())));
        List<Requirement> out = new ArrayList<>();
        for (var r : dsl.selectFrom(EVIDENCE_REQUIREMENT).where(where).orderBy(EVIDENCE_REQUIREMENT.ID).fetch()) {
            String path = r.getIndicatorId() != null ? paths.indicatorPath(r.getIndicatorId()) : paths.taskPath(r.getTaskId());
            out.add(new Requirement(r.getId(), r.getCampaignId(), r.getIndicatorId(), r.getTaskId(), path, r.getText(),
                    EvidenceType.valueOf(r.getEvidenceType()), r.getStampRequired(), r.getPeriodText(), r.getDeadlineText(),
                    r.getDeadlineDue(), r.getDeadlineReview(), units.getOrDefault(r.getId(), List.of()), r.getVersion()));
        }
        out.sort(paths.sourceOrder(Requirement::indicatorId, Requirement::taskId, Requirement::id));
        return out;
    }

    /** Items of the requirements matching {@code condition}, with their files, per requirement id. */
    Map<Long, List<EvidenceItem>> items(long campaignId, Condition condition) {
        return items(EVIDENCE_ITEM.REQUIREMENT_ID.in(dsl.select(EVIDENCE_REQUIREMENT.ID).from(EVIDENCE_REQUIREMENT)
                .where(EVIDENCE_REQUIREMENT.CAMPAIGN_ID.eq(campaignId).and(condition))));
    }

    /** Items matching a condition on EVIDENCE_ITEM, with their files, per requirement id. */
    Map<Long, List<EvidenceItem>> items(Condition itemCondition) {
        Map<Long, List<StoredFile>> files = new LinkedHashMap<>();
        dsl.select(EVIDENCE_ITEM_FILE.ITEM_ID, STORED_FILE.ID, STORED_FILE.SHA256, STORED_FILE.SIZE_BYTES,
                        STORED_FILE.MEDIA_TYPE, EVIDENCE_ITEM_FILE.FILE_NAME, STORED_FILE.ORIGINAL_NAME, STORED_FILE.STORED_AT)
                .from(EVIDENCE_ITEM_FILE)
                .join(STORED_FILE).on(STORED_FILE.ID.eq(EVIDENCE_ITEM_FILE.FILE_ID))
                .join(EVIDENCE_ITEM).on(EVIDENCE_ITEM.ID.eq(EVIDENCE_ITEM_FILE.ITEM_ID))
                .where(itemCondition)
                .orderBy(EVIDENCE_ITEM_FILE.ATTACHED_AT, STORED_FILE.ID)
                .forEach(r -> files.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new StoredFile(r.value2(),
                        r.value3(), r.value4(), r.value5(), r.value6() != null ? r.value6() : r.value7(), r.value8())));
        Map<Long, List<EvidenceItem>> out = new LinkedHashMap<>();
        dsl.select(EVIDENCE_ITEM.asterisk(), UNIT.NAME).from(EVIDENCE_ITEM)
                .leftJoin(UNIT).on(UNIT.ID.eq(EVIDENCE_ITEM.UNIT_ID))
                .where(itemCondition)
                .orderBy(EVIDENCE_ITEM.ID)
                .forEach(r -> {
                    var item = r.into(EVIDENCE_ITEM);
                    out.computeIfAbsent(item.getRequirementId(), k -> new ArrayList<>()).add(new EvidenceItem(item.getId(),
                            item.getRequirementId(), item.getUnitId(), r.get(UNIT.NAME), EvidenceStatus.valueOf(item.getStatus()),
                            item.getDeliveredBy(), item.getReceivedAt(), item.getEffectiveDate(), item.getNote(),
                            item.getReturnReason(), item.getVersion(), files.getOrDefault(item.getId(), List.of())));
                });
        return out;
    }
}
