package com.creditdesk.model.indicator;

/**
 * A confirmed 评分标准: the text verbatim, the typed rule (null = keep it 待确认), the note on how
 * it was read, and the input it reads: {@code inputKey} an existing input of the system, or null
 * for a new input of this rule named {@code inputLabel} in {@code unit}.
 */
public record RuleEdit(String ruleText, ScoringRule rule, String note, String inputKey, String inputLabel,
                       InputUnit unit) {
}
