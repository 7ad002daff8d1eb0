package com.creditdesk.model.evidence;

import java.time.LocalDateTime;

/** One status change of an evidence item ({@code from} null when the item was created). */
public record ReviewEvent(long id, long itemId, EvidenceStatus from, EvidenceStatus to, String reason, String actor,
                          LocalDateTime at) {
}
