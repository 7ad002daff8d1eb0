package com.creditdesk.logic.evidence;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.files.TableContentStore;
import com.creditdesk.model.evidence.CopyProgress;
import com.creditdesk.model.evidence.StoredContent;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Stores a file in the file_content table (within the transaction of the {@link TableContentStore}
 * given): the source is read twice, streamed both times (never held in memory here), first to learn
 * its hash (the row's key), then into the row while hashed again; a source that changed in between
 * is refused, and the transaction rolls back.
 */
final class TableWriter {

    private final TableContentStore table;
    private final long maxBytes;

    TableWriter(TableContentStore table, long maxBytes) {
        this.table = table;
        this.maxBytes = maxBytes;
    }

    StoredContent put(String originalName, long expectedSize, FileStore.ContentSource content, String shownAs,
                      CopyProgress progress) {
        FileStore.refuseAboveLimit(expectedSize, maxBytes, shownAs);
        try {
            String sha256;
            try (MeteredInputStream in = new MeteredInputStream(FileStore.open(content, shownAs), expectedSize, maxBytes, shownAs,
                    (done, total) -> progress.update(done / 2, total))) {
                in.transferTo(OutputStream.nullOutputStream());
                FileStore.requireSize(in.count(), expectedSize, shownAs);
                sha256 = in.sha256();
            }
            boolean already = table.contains(sha256);
            if (!already) {
                try (MeteredInputStream in = new MeteredInputStream(FileStore.open(content, shownAs), expectedSize, maxBytes, shownAs,
                        (done, total) -> progress.update(total - (total - done) / 2, total))) {
                    table.write(sha256, expectedSize, in);
                    boolean grew = in.read() >= 0;
                    if (grew || in.count() != expectedSize || !in.sha256().equals(sha256)) {
                        throw new UserFacingException("evidence.error.changedDuringCopy", shownAs);
                    }
                }
            }
            progress.update(expectedSize, expectedSize);
            return new StoredContent(sha256, expectedSize, MediaTypes.guess(originalName), originalName, already);
        } catch (IOException | org.jooq.exception.DataAccessException e) {
            if (e.getCause() instanceof UserFacingException u) {
                throw u; // the limit or a change, found while the driver read the stream
            }
            throw new UserFacingException(e, "evidence.error.copyFailed", shownAs, e.getMessage());
        }
    }
}
