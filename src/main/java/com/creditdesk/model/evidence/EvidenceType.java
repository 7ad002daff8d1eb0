package com.creditdesk.model.evidence;

/** The kind of document a requirement asks for. Bundle key {@code evidence.type.NAME}. */
public enum EvidenceType {
    REGULATION,
    NOTICE,
    SCREENSHOT,
    STATEMENT,
    STAMPED_SCAN,
    PHOTO,
    OTHER
}
