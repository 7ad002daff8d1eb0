package com.creditdesk.model.importer;

import com.creditdesk.model.ledger.NodeKind;

import java.util.List;

/**
 * A node of the imported task tree, shaped like a row of the {@code task} table: a SECTION
 * (一、…) holding TASKs, a TASK holding MILESTONEs (one per 成果形式 with its own 完成时限).
 * All texts are verbatim from the notice; {@code units} is {@code unitsText} split.
 * A table without section rows gives TASKs at the top level.
 */
public record ImportedNode(NodeKind kind, String seqLabel, String title, String content, String deliverable,
                           String unitsText, String deadlineText, UnitSplit units, SourceRef source,
                           List<ImportedNode> children) {

    public ImportedNode {
        children = List.copyOf(children);
    }
}
