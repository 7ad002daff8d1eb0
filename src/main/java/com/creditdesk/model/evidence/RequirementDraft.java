package com.creditdesk.model.evidence;

import java.util.List;

/**
 * A requirement as entered by hand. Exactly one of {@code indicatorId} / {@code taskId} is usually
 * set (at least one must be). {@code type}, {@code stampRequired} and {@code periodText} may be
 * null: they are then read from {@code text}. {@code deadlineText} is parsed like any 完成时限.
 */
public record RequirementDraft(long campaignId, Long indicatorId, Long taskId, String text, EvidenceType type,
                               Boolean stampRequired, String periodText, String deadlineText, List<Long> unitIds) {

    public RequirementDraft {
        unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
    }

    /** A draft whose type, stamp and period are read from the text. */
    public static RequirementDraft of(long campaignId, Long indicatorId, Long taskId, String text, String deadlineText,
                                      List<Long> unitIds) {
        return new RequirementDraft(campaignId, indicatorId, taskId, text, null, null, null, deadlineText, unitIds);
    }
}
