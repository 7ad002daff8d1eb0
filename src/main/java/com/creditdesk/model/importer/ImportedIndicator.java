package com.creditdesk.model.importer;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of an indicator table. {@code category} is the 项目/指标性质/创建指标 group (from a merge,
 * a section row or the cell itself); {@code categoryPoints} the group's score when the notice
 * gives one (（5分） in its name or a 分值 cell merged over the group). {@code points} is the row's
 * own score, {@code pointsText} the text it was read from. Texts are verbatim.
 */
public record ImportedIndicator(IndicatorKind kind, String category, BigDecimal categoryPoints, String seqLabel,
                                String title, BigDecimal points, String pointsText, String ruleText,
                                List<String> evidence, String note, String unitsText, UnitSplit units,
                                SourceRef source) {

    public ImportedIndicator {
        evidence = List.copyOf(evidence);
    }
}
