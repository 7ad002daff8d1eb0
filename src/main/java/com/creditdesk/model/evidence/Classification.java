package com.creditdesk.model.evidence;

/** What the wording of a 佐证材料 requirement says about the document: kind, stamp, period covered. */
public record Classification(EvidenceType type, boolean stampRequired, String periodText) {
}
