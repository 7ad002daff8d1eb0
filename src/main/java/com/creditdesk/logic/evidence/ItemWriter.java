package com.creditdesk.logic.evidence;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.model.evidence.Delivery;
import com.creditdesk.model.evidence.EvidenceStatus;
import com.creditdesk.model.evidence.Requirement;
import com.creditdesk.model.evidence.StoredContent;
import com.creditdesk.logic.db.generated.tables.records.EvidenceItemRecord;
import org.jooq.DSLContext;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM_FILE;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REVIEW;
import static com.creditdesk.logic.db.generated.Tables.STORED_FILE;

/** Evidence item changes inside the caller's transaction: each audited and kept in the review history. */
final class ItemWriter {

    /** Which status may follow which. */
    private static final Map<EvidenceStatus, Set<EvidenceStatus>> ALLOWED = Map.of(
            EvidenceStatus.PENDING, EnumSet.of(EvidenceStatus.SUBMITTED),
            EvidenceStatus.SUBMITTED, EnumSet.of(EvidenceStatus.ACCEPTED, EvidenceStatus.RETURNED, EvidenceStatus.PENDING),
            EvidenceStatus.RETURNED, EnumSet.of(EvidenceStatus.SUBMITTED),
            EvidenceStatus.ACCEPTED, EnumSet.of(EvidenceStatus.SUBMITTED, EvidenceStatus.RETURNED));

    private final DSLContext tx;
    private final String actor;
    private final boolean encrypted;

    ItemWriter(DSLContext tx, String actor, boolean encrypted) {
        this.tx = tx;
        this.actor = actor;
        this.encrypted = encrypted;
    }

    long attach(Requirement requirement, Long unitId, List<StoredContent> contents, Delivery delivery) {
        EvidenceItemRecord item = tx.selectFrom(EVIDENCE_ITEM)
                .where(EVIDENCE_ITEM.REQUIREMENT_ID.eq(requirement.id())
                        .and(unitId == null ? EVIDENCE_ITEM.UNIT_ID.isNull() : EVIDENCE_ITEM.UNIT_ID.eq(unitId)))
                .orderBy(EVIDENCE_ITEM.ID.desc()).limit(1).forUpdate().fetchOne();
        long itemId;
        if (item == null) {
            itemId = tx.insertInto(EVIDENCE_ITEM)
                    .set(EVIDENCE_ITEM.REQUIREMENT_ID, requirement.id())
                    .set(EVIDENCE_ITEM.UNIT_ID, unitId)
                    .set(EVIDENCE_ITEM.STATUS, EvidenceStatus.PENDING.name())
                    .set(EVIDENCE_ITEM.CREATED_AT, LocalDateTime.now())
                    .returning(EVIDENCE_ITEM.ID).fetchOne(EVIDENCE_ITEM.ID);
            EvidenceService.audit(tx, actor, AuditAction.INSERT, itemId, null, null, requirement.id(), null);
            item = load(itemId);
        }
        itemId = item.getId();
        LocalDateTime now = LocalDateTime.now();
        for (StoredContent content : contents) {
            long fileId = new FileRows(tx).idOf(content, encrypted);
            boolean linked = tx.fetchExists(EVIDENCE_ITEM_FILE,
                    EVIDENCE_ITEM_FILE.ITEM_ID.eq(itemId).and(EVIDENCE_ITEM_FILE.FILE_ID.eq(fileId)));
            if (linked) {
                String earlier = tx.select(EVIDENCE_ITEM_FILE.FILE_NAME).from(EVIDENCE_ITEM_FILE)
                        .where(EVIDENCE_ITEM_FILE.ITEM_ID.eq(itemId).and(EVIDENCE_ITEM_FILE.FILE_ID.eq(fileId)))
                        .fetchOne(EVIDENCE_ITEM_FILE.FILE_NAME);
                throw new UserFacingException("evidence.error.duplicate", content.originalName(), earlier, itemId);
            }
            tx.insertInto(EVIDENCE_ITEM_FILE).set(EVIDENCE_ITEM_FILE.ITEM_ID, itemId).set(EVIDENCE_ITEM_FILE.FILE_ID, fileId)
                    .set(EVIDENCE_ITEM_FILE.FILE_NAME, content.originalName()).set(EVIDENCE_ITEM_FILE.ATTACHED_AT, now)
                    .execute();
            EvidenceService.audit(tx, actor, AuditAction.INSERT, itemId, "file", null,
                    content.originalName() + " (" + content.sha256() + ")", null);
        }
        tx.update(EVIDENCE_ITEM)
                .set(EVIDENCE_ITEM.DELIVERED_BY, delivery.deliveredBy() != null ? delivery.deliveredBy() : item.getDeliveredBy())
                .set(EVIDENCE_ITEM.RECEIVED_AT, delivery.receivedAt() != null ? delivery.receivedAt() : now)
                .set(EVIDENCE_ITEM.EFFECTIVE_DATE, delivery.effectiveDate() != null ? delivery.effectiveDate() : item.getEffectiveDate())
                .set(EVIDENCE_ITEM.NOTE, delivery.note() != null ? delivery.note() : item.getNote())
                .where(EVIDENCE_ITEM.ID.eq(itemId)).execute();
        EvidenceStatus status = EvidenceStatus.valueOf(item.getStatus());
        if (status != EvidenceStatus.SUBMITTED) {
            move(load(itemId), EvidenceStatus.SUBMITTED, null);
        } else {
            bumpVersion(itemId);
        }
        return itemId;
    }

    void transition(long itemId, int expectedVersion, EvidenceStatus to, String reason) {
        EvidenceItemRecord item = current(itemId, expectedVersion);
        EvidenceStatus from = EvidenceStatus.valueOf(item.getStatus());
        if (!ALLOWED.get(from).contains(to)) {
            throw new UserFacingException("evidence.error.transition." + to.name(), itemId);
        }
        if (to == EvidenceStatus.RETURNED && (reason == null || reason.isBlank())) {
            throw new UserFacingException("evidence.error.reasonRequired", itemId);
        }
        if ((to == EvidenceStatus.SUBMITTED || to == EvidenceStatus.ACCEPTED) && new FileRows(tx).fileIdsOfItem(itemId).isEmpty()) {
            throw new UserFacingException("evidence.error.noFilesToReview", itemId);
        }
        move(item, to, reason);
    }

    List<String> detach(long itemId, int expectedVersion, long fileId) {
        current(itemId, expectedVersion);
        String name = tx.select(EVIDENCE_ITEM_FILE.FILE_NAME).from(EVIDENCE_ITEM_FILE)
                .where(EVIDENCE_ITEM_FILE.ITEM_ID.eq(itemId).and(EVIDENCE_ITEM_FILE.FILE_ID.eq(fileId)))
                .fetchOptional(EVIDENCE_ITEM_FILE.FILE_NAME)
                .orElseThrow(() -> new UserFacingException("evidence.error.fileNotAttached", fileId, itemId));
        tx.deleteFrom(EVIDENCE_ITEM_FILE).where(EVIDENCE_ITEM_FILE.ITEM_ID.eq(itemId).and(EVIDENCE_ITEM_FILE.FILE_ID.eq(fileId)))
                .execute();
        String sha = tx.select(STORED_FILE.SHA256).from(STORED_FILE).where(STORED_FILE.ID.eq(fileId)).fetchOne(STORED_FILE.SHA256);
        EvidenceService.audit(tx, actor, AuditAction.DELETE, itemId, "file", name + " (" + sha + ")", null, null);
        EvidenceItemRecord item = load(itemId);
        boolean empty = new FileRows(tx).fileIdsOfItem(itemId).isEmpty();
        if (empty && !EvidenceStatus.PENDING.name().equals(item.getStatus()) && !EvidenceStatus.RETURNED.name().equals(item.getStatus())) {
            move(item, EvidenceStatus.PENDING, null); // nothing left to review
        } else {
            bumpVersion(itemId);
        }
        return new FileRows(tx).deleteUnused(List.of(fileId));
    }

    List<String> delete(long itemId, int expectedVersion) {
        EvidenceItemRecord item = current(itemId, expectedVersion);
        List<Long> files = new FileRows(tx).fileIdsOfItem(itemId);
        tx.deleteFrom(EVIDENCE_ITEM).where(EVIDENCE_ITEM.ID.eq(itemId)).execute();
        EvidenceService.audit(tx, actor, AuditAction.DELETE, itemId, null, item.getStatus(), null, null);
        return new FileRows(tx).deleteUnused(files);
    }

    void updateDelivery(long itemId, int expectedVersion, Delivery delivery) {
        EvidenceItemRecord item = current(itemId, expectedVersion);
        record(itemId, "delivered_by", item.getDeliveredBy(), delivery.deliveredBy());
        record(itemId, "received_at", item.getReceivedAt(), delivery.receivedAt());
        record(itemId, "effective_date", item.getEffectiveDate(), delivery.effectiveDate());
        record(itemId, "note", item.getNote(), delivery.note());
        tx.update(EVIDENCE_ITEM)
                .set(EVIDENCE_ITEM.DELIVERED_BY, delivery.deliveredBy())
                .set(EVIDENCE_ITEM.RECEIVED_AT, delivery.receivedAt())
                .set(EVIDENCE_ITEM.EFFECTIVE_DATE, delivery.effectiveDate())
                .set(EVIDENCE_ITEM.NOTE, delivery.note())
                .where(EVIDENCE_ITEM.ID.eq(itemId)).execute();
        bumpVersion(itemId);
    }

    private void record(long itemId, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            EvidenceService.audit(tx, actor, AuditAction.UPDATE, itemId, field, before, after, null);
        }
    }

    private void move(EvidenceItemRecord item, EvidenceStatus to, String reason) {
        String from = item.getStatus();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        tx.update(EVIDENCE_ITEM)
                .set(EVIDENCE_ITEM.STATUS, to.name())
                .set(EVIDENCE_ITEM.RETURN_REASON, to == EvidenceStatus.RETURNED ? why : item.getReturnReason())
                .set(EVIDENCE_ITEM.VERSION, EVIDENCE_ITEM.VERSION.plus(1))
                .where(EVIDENCE_ITEM.ID.eq(item.getId())).execute();
        tx.insertInto(EVIDENCE_REVIEW)
                .set(EVIDENCE_REVIEW.ITEM_ID, item.getId())
                .set(EVIDENCE_REVIEW.FROM_STATUS, from)
                .set(EVIDENCE_REVIEW.TO_STATUS, to.name())
                .set(EVIDENCE_REVIEW.REASON, why)
                .set(EVIDENCE_REVIEW.ACTOR, actor)
                .set(EVIDENCE_REVIEW.AT, LocalDateTime.now())
                .execute();
        EvidenceService.audit(tx, actor, AuditAction.UPDATE, item.getId(), "status", from, to.name(), why);
    }

    private void bumpVersion(long itemId) {
        tx.update(EVIDENCE_ITEM).set(EVIDENCE_ITEM.VERSION, EVIDENCE_ITEM.VERSION.plus(1)).where(EVIDENCE_ITEM.ID.eq(itemId)).execute();
    }

    /** The item, locked, if it is still at {@code expectedVersion}. */
    private EvidenceItemRecord current(long itemId, int expectedVersion) {
        EvidenceItemRecord item = tx.selectFrom(EVIDENCE_ITEM).where(EVIDENCE_ITEM.ID.eq(itemId)).forUpdate().fetchOne();
        if (item == null) {
            throw new UserFacingException("evidence.error.itemNotFound", itemId);
        }
        if (item.getVersion() != expectedVersion) {
            throw new UserFacingException("evidence.error.stale", itemId);
        }
        return item;
    }

    private EvidenceItemRecord load(long itemId) {
        return tx.selectFrom(EVIDENCE_ITEM).where(EVIDENCE_ITEM.ID.eq(itemId)).fetchOne();
    }
}
