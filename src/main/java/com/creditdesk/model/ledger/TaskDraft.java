package com.creditdesk.model.ledger;

/** A new ledger node before it is stored: texts verbatim from the notice or typed by the coordinator. */
public record TaskDraft(long campaignId, Long parentId, NodeKind kind, String seqLabel, String title,
                        String content, String deliverable, String unitsText, String leadUnitsText,
                        String deadlineText, String sourceRef) {

    public TaskDraft {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
    }
}
