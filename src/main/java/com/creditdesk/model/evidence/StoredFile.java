package com.creditdesk.model.evidence;

import java.time.LocalDateTime;

/**
 * A file kept in the content-addressed store: {@code sha256} of its (plain) content names it;
 * {@code name} is the name it was delivered under for this item (or the first name it was stored under).
 */
public record StoredFile(long id, String sha256, long sizeBytes, String mediaType, String name,
                         LocalDateTime storedAt) {
}
