package com.creditdesk.logic.evidence;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.deadline.WorkingDayCalendar;
import com.creditdesk.logic.user.AccessScope;
import com.creditdesk.model.evidence.CopyProgress;
import com.creditdesk.model.evidence.Delivery;
import com.creditdesk.model.evidence.EvidenceItem;
import com.creditdesk.model.evidence.EvidenceStatus;
import com.creditdesk.model.evidence.Requirement;
import com.creditdesk.model.evidence.RequirementDraft;
import com.creditdesk.model.evidence.ReviewEvent;
import com.creditdesk.model.evidence.StoredContent;
import com.creditdesk.model.evidence.StoredFile;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REVIEW;
import static com.creditdesk.logic.db.generated.Tables.STORED_FILE;

/**
 * Evidence requirements, the files units deliver for them and their review. In a folder store,
 * files are written first and the rows afterwards in one audited transaction: a row never points
 * to a file that is not there (a file without a row is an orphan that {@code check} lists). In a
 * database store the contents and the rows are written in the same transaction. Every change
 * needs a user who may write ({@link AccessScope#requireWrite()}).
 */
public final class EvidenceService {

    private final DSLContext dsl;
    private final AccessScope scope;
    private final String actor;
    private final FileStore store;
    private WorkingDayCalendar calendar;

    /** The single user of an embedded database ({@link AccessScope#owner}). */
    public EvidenceService(DSLContext dsl, String actor, FileStore store) {
        this(dsl, AccessScope.owner(actor), store);
    }

    public EvidenceService(DSLContext dsl, AccessScope scope, FileStore store) {
        this.dsl = dsl;
        this.scope = scope;
        this.actor = scope.actor();
        this.store = store;
    }

    public FileStore store() {
        return store;
    }

    // ---- requirements ----

    public long createRequirement(RequirementDraft draft) {
        scope.requireWrite();
        return dsl.transactionResult(c -> writer(DSL.using(c)).insert(draft));
    }

    /** Replaces a requirement's fields; {@code expectedVersion} is {@link Requirement#version()} as shown. */
    public void updateRequirement(long id, int expectedVersion, RequirementDraft draft) {
        scope.requireWrite();
        dsl.transaction(c -> writer(DSL.using(c)).update(id, expectedVersion, draft));
    }

    /** Deletes a requirement with its items (their files stay in the store while other items use them). */
    public void deleteRequirement(long id) {
        scope.requireWrite();
        List<String> unused = dsl.transactionResult(c -> {
            DSLContext tx = DSL.using(c);
            List<Long> fileIds = new FileRows(tx).fileIdsOfRequirement(id);
            writer(tx).delete(id);
            return store.deleteWith(tx, new FileRows(tx).deleteUnused(fileIds));
        });
        deleteContents(unused);
    }

    public Optional<Requirement> requirement(long id) {
        Long campaignId = dsl.select(EVIDENCE_REQUIREMENT.CAMPAIGN_ID).from(EVIDENCE_REQUIREMENT)
                .where(EVIDENCE_REQUIREMENT.ID.eq(id)).fetchOne(EVIDENCE_REQUIREMENT.CAMPAIGN_ID);
        if (campaignId == null) {
            return Optional.empty();
        }
        return new EvidenceReader(dsl).requirements(campaignId, EVIDENCE_REQUIREMENT.ID.eq(id)).stream().findFirst();
    }

    private RequirementWriter writer(DSLContext tx) {
        return new RequirementWriter(tx, actor, this::calendar);
    }

    private synchronized WorkingDayCalendar calendar() {
        if (calendar == null) {
            calendar = WorkingDayCalendar.loadBundled();
        }
        return calendar;
    }

    // ---- items and files ----

    /**
     * Stores {@code files} and attaches them to the item of {@code unitId} for the requirement
     * (created if the unit has none yet); the item becomes 已提交. {@code unitId} null: the
     * requirement's only owing unit, or no unit when it has none. All or nothing: a file that
     * cannot be stored, or is already attached to this item, stores none of them.
     */
    public EvidenceItem attach(long requirementId, Long unitId, List<Path> files, Delivery delivery, CopyProgress progress) {
        scope.requireWrite();
        Requirement requirement = requirement(requirementId)
                .orElseThrow(() -> new UserFacingException("evidence.error.requirementNotFound", requirementId));
        Long unit = unitFor(requirement, unitId);
        if (files.isEmpty()) {
            throw new UserFacingException("evidence.error.noFiles");
        }
        Delivery given = delivery == null ? Delivery.none() : delivery;
        if (store.inDatabase()) {
            long itemId = dsl.transactionResult(c -> {
                DSLContext tx = DSL.using(c);
                List<StoredContent> contents = new ArrayList<>();
                for (Path file : files) {
                    contents.add(store.put(tx, file, progress));
                }
                return new ItemWriter(tx, actor, store.encrypted()).attach(requirement, unit, contents, given);
            });
            return item(itemId).orElseThrow();
        }
        List<StoredContent> stored = new ArrayList<>();
        try {
            for (Path file : files) {
                stored.add(store.put(file, progress));
            }
            long itemId = dsl.transactionResult(c -> new ItemWriter(DSL.using(c), actor, store.encrypted())
                    .attach(requirement, unit, stored, given));
            return item(itemId).orElseThrow();
        } catch (RuntimeException e) {
            // Nothing half-stored: contents this call added and no row refers to are removed again.
            deleteContents(new FileRows(dsl).unreferenced(stored.stream().filter(s -> !s.alreadyStored())
                    .map(StoredContent::sha256).toList()));
            throw e;
        }
    }

    private static Long unitFor(Requirement requirement, Long unitId) {
        if (unitId != null) {
            return unitId;
        }
        if (requirement.units().size() == 1) {
            return requirement.units().get(0).id();
        }
        if (requirement.units().isEmpty()) {
            return null;
        }
        throw new UserFacingException("evidence.error.whichUnit", requirement.id(), requirement.units().size());
    }

    /** Removes one file from an item (the content stays stored while another item uses it). */
    public EvidenceItem detachFile(long itemId, int expectedVersion, long fileId) {
        scope.requireWrite();
        List<String> unused = dsl.transactionResult(c -> store.deleteWith(DSL.using(c),
                new ItemWriter(DSL.using(c), actor, store.encrypted()).detach(itemId, expectedVersion, fileId)));
        deleteContents(unused);
        return item(itemId).orElseThrow();
    }

    /** Deletes an item with its review history (the content stays stored while another item uses it). */
    public void deleteItem(long itemId, int expectedVersion) {
        scope.requireWrite();
        List<String> unused = dsl.transactionResult(c -> store.deleteWith(DSL.using(c),
                new ItemWriter(DSL.using(c), actor, store.encrypted()).delete(itemId, expectedVersion)));
        deleteContents(unused);
    }

    /** Changes who delivered, when, the date proved and the note of an item. */
    public EvidenceItem updateDelivery(long itemId, int expectedVersion, Delivery delivery) {
        scope.requireWrite();
        dsl.transaction(c -> new ItemWriter(DSL.using(c), actor, store.encrypted()).updateDelivery(itemId, expectedVersion, delivery));
        return item(itemId).orElseThrow();
    }

    // ---- review ----

    /** 已提交 / 退回 → 已提交 (delivered, or re-submitted after a return). */
    public EvidenceItem submit(long itemId, int expectedVersion) {
        return review(itemId, expectedVersion, EvidenceStatus.SUBMITTED, null);
    }

    /** → 审核通过. */
    public EvidenceItem accept(long itemId, int expectedVersion) {
        return review(itemId, expectedVersion, EvidenceStatus.ACCEPTED, null);
    }

    /** → 退回, with the reason the unit is told (required). */
    public EvidenceItem returnItem(long itemId, int expectedVersion, String reason) {
        return review(itemId, expectedVersion, EvidenceStatus.RETURNED, reason);
    }

    /**
     * Moves an item to {@code to}. Allowed: 待提交/退回/审核通过 → 已提交, 已提交 → 审核通过,
     * 已提交/审核通过 → 退回 (reason required), 已提交 → 待提交. The item must not have changed
     * since it was read ({@code expectedVersion}); every change is audited and kept in the history.
     */
    public EvidenceItem review(long itemId, int expectedVersion, EvidenceStatus to, String reason) {
        scope.requireWrite();
        dsl.transaction(c -> new ItemWriter(DSL.using(c), actor, store.encrypted()).transition(itemId, expectedVersion, to, reason));
        return item(itemId).orElseThrow();
    }

    public Optional<EvidenceItem> item(long itemId) {
        return new EvidenceReader(dsl).items(EVIDENCE_ITEM.ID.eq(itemId)).values().stream()
                .flatMap(List::stream).findFirst();
    }

    /** Items delivered for one requirement, oldest first. */
    public List<EvidenceItem> items(long requirementId) {
        return new EvidenceReader(dsl).items(EVIDENCE_ITEM.REQUIREMENT_ID.eq(requirementId))
                .getOrDefault(requirementId, List.of());
    }

    /** The review history of an item, oldest first. */
    public List<ReviewEvent> history(long itemId) {
        return dsl.selectFrom(EVIDENCE_REVIEW).where(EVIDENCE_REVIEW.ITEM_ID.eq(itemId))
                .orderBy(EVIDENCE_REVIEW.AT, EVIDENCE_REVIEW.ID)
                .fetch(r -> new ReviewEvent(r.getId(), r.getItemId(),
                        r.getFromStatus() == null ? null : EvidenceStatus.valueOf(r.getFromStatus()),
                        EvidenceStatus.valueOf(r.getToStatus()), r.getReason(), r.getActor(), r.getAt()));
    }

    // ---- file content ----

    public Optional<StoredFile> storedFile(long fileId) {
        return dsl.selectFrom(STORED_FILE).where(STORED_FILE.ID.eq(fileId)).fetchOptional()
                .map(r -> new StoredFile(r.getId(), r.getSha256(), r.getSizeBytes(), r.getMediaType(), r.getOriginalName(),
                        r.getStoredAt()));
    }

    /** The plain content of a stored file (decrypted if needed); the caller closes it. */
    public InputStream openFile(long fileId) throws IOException {
        var row = dsl.selectFrom(STORED_FILE).where(STORED_FILE.ID.eq(fileId)).fetchOptional()
                .orElseThrow(() -> new UserFacingException("evidence.error.fileNotFound", fileId));
        return store.open(row.getSha256(), row.getEncrypted());
    }

    /**
     * A path a viewer can open: the stored file itself when it is kept plain in a folder, otherwise
     * a (decrypted) copy in {@code tempDir} (the caller deletes it when done).
     */
    public Path viewablePath(long fileId, Path tempDir) throws IOException {
        var row = dsl.selectFrom(STORED_FILE).where(STORED_FILE.ID.eq(fileId)).fetchOptional()
                .orElseThrow(() -> new UserFacingException("evidence.error.fileNotFound", fileId));
        if (!row.getEncrypted() && !store.inDatabase()) {
            return store.pathOf(row.getSha256());
        }
        java.nio.file.Files.createDirectories(tempDir);
        Path copy = tempDir.resolve(BinderNames.sanitize(row.getOriginalName()));
        try (InputStream in = store.open(row.getSha256(), row.getEncrypted())) {
            java.nio.file.Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    private void deleteContents(List<String> hashes) {
        for (String sha256 : hashes) {
            try {
                store.delete(sha256);
            } catch (IOException e) {
                throw new UserFacingException(e, "evidence.error.deleteFailed", store.location(sha256), FileStore.describe(e));
            }
        }
    }

    static void audit(DSLContext tx, String actor, AuditAction action, long itemId, String field, Object before, Object after,
                      String source) {
        new AuditLog(tx).record(actor, action, "evidence_item", itemId, field, before, after, source);
    }
}
