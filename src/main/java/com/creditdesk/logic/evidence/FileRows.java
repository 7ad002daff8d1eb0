package com.creditdesk.logic.evidence;

import com.creditdesk.model.evidence.StoredContent;
import org.jooq.DSLContext;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM_FILE;
import static com.creditdesk.logic.db.generated.Tables.STORED_FILE;

/** The stored_file rows: one per content, removed with the last item that uses it. */
final class FileRows {

    private final DSLContext tx;

    FileRows(DSLContext tx) {
        this.tx = tx;
    }

    /** The row of this content, inserted if it is new. */
    long idOf(StoredContent content, boolean encrypted) {
        Long existing = tx.select(STORED_FILE.ID).from(STORED_FILE).where(STORED_FILE.SHA256.eq(content.sha256()))
                .fetchOne(STORED_FILE.ID);
        if (existing != null) {
            return existing;
        }
        return tx.insertInto(STORED_FILE)
                .set(STORED_FILE.SHA256, content.sha256())
                .set(STORED_FILE.SIZE_BYTES, content.sizeBytes())
                .set(STORED_FILE.MEDIA_TYPE, content.mediaType())
                .set(STORED_FILE.ORIGINAL_NAME, clip(content.originalName()))
                .set(STORED_FILE.STORED_AT, LocalDateTime.now())
                .set(STORED_FILE.ENCRYPTED, encrypted)
                .returning(STORED_FILE.ID).fetchOne(STORED_FILE.ID);
    }

    List<Long> fileIdsOfRequirement(long requirementId) {
        return tx.select(EVIDENCE_ITEM_FILE.FILE_ID).from(EVIDENCE_ITEM_FILE)
                .join(EVIDENCE_ITEM).on(EVIDENCE_ITEM.ID.eq(EVIDENCE_ITEM_FILE.ITEM_ID))
                .where(EVIDENCE_ITEM.REQUIREMENT_ID.eq(requirementId)).fetch(EVIDENCE_ITEM_FILE.FILE_ID);
    }

    List<Long> fileIdsOfItem(long itemId) {
        return tx.select(EVIDENCE_ITEM_FILE.FILE_ID).from(EVIDENCE_ITEM_FILE)
                .where(EVIDENCE_ITEM_FILE.ITEM_ID.eq(itemId)).fetch(EVIDENCE_ITEM_FILE.FILE_ID);
    }

    /** Deletes the rows of those files no item uses any more; returns their hashes (to delete after commit). */
    List<String> deleteUnused(Collection<Long> fileIds) {
        if (fileIds.isEmpty()) {
            return List.of();
        }
        var unused = tx.select(STORED_FILE.ID, STORED_FILE.SHA256).from(STORED_FILE)
                .where(STORED_FILE.ID.in(fileIds))
                .andNotExists(tx.selectOne().from(EVIDENCE_ITEM_FILE).where(EVIDENCE_ITEM_FILE.FILE_ID.eq(STORED_FILE.ID)))
                .fetch();
        if (unused.isEmpty()) {
            return List.of();
        }
        tx.deleteFrom(STORED_FILE).where(STORED_FILE.ID.in(unused.getValues(STORED_FILE.ID))).execute();
        return new ArrayList<>(unused.getValues(STORED_FILE.SHA256));
    }

    /** Of these hashes, those no stored_file row names. */
    List<String> unreferenced(Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return List.of();
        }
        Set<String> known = new HashSet<>(tx.select(STORED_FILE.SHA256).from(STORED_FILE)
                .where(STORED_FILE.SHA256.in(hashes)).fetch(STORED_FILE.SHA256));
        return hashes.stream().filter(h -> !known.contains(h)).distinct().toList();
    }

    private static String clip(String name) {
        return name.length() <= 1000 ? name : name.substring(name.length() - 1000);
    }
}
