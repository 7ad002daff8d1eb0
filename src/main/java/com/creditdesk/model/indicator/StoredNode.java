package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of a stored indicator system: a category, an indicator or a sub-rule (细则), with its
 * 评分标准 verbatim ({@code ruleText}), its typed rule ({@code rule}: null = 待确认规则, not yet
 * typed) and the note on how the text was read. {@code combine}/{@code floor} apply to indicators.
 */
public record StoredNode(long id, Long parentId, StoredNodeKind kind, String code, String title,
                         BigDecimal maxPoints, String ruleText, ScoringRule rule, String ruleNote,
                         Combine combine, BigDecimal floor, List<StoredNode> children) {

    public StoredNode {
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** "5.3 信用承诺" as a person reads it. */
    public String displayName() {
        return ((code == null ? "" : code + " ") + (title == null ? "" : title)).strip();
    }

    public List<StoredNode> subRules() {
        return children.stream().filter(child -> child.kind() == StoredNodeKind.RULE).toList();
    }
}
