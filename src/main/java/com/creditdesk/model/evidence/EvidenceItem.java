package com.creditdesk.model.evidence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a unit delivered for a requirement: its files and review state. {@code returnReason} is the
 * latest reason it was sent back (the full history: {@link ReviewEvent}); {@code version} guards
 * against two people reviewing at once.
 */
public record EvidenceItem(long id, long requirementId, Long unitId, String unitName, EvidenceStatus status,
                           String deliveredBy, LocalDateTime receivedAt, LocalDate effectiveDate, String note,
                           String returnReason, int version, List<StoredFile> files) {

    public EvidenceItem {
        files = List.copyOf(files);
    }
}
