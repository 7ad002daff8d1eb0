package com.creditdesk.model.evidence;

/**
 * A file's content as the store holds it: its SHA-256 (of the plain content), size, media type and
 * the name it was delivered under; {@code alreadyStored} when the same content was there before.
 */
public record StoredContent(String sha256, long sizeBytes, String mediaType, String originalName,
                            boolean alreadyStored) {
}
