package com.creditdesk.model.evidence;

/**
 * Review state of what a unit delivered: 待提交 → 已提交 → 审核通过 / 退回 → (re-submitted) 已提交 …
 * Bundle key {@code evidence.status.NAME}.
 */
public enum EvidenceStatus {
    PENDING,
    SUBMITTED,
    ACCEPTED,
    RETURNED
}
