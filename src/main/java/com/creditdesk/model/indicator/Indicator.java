package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator (评估内容 / 硬指标 / 创建指标 row). {@code id} is unique in its system (e.g. "5.3");
 * {@code code} is the 序号 as written. Score = sub-rules combined, then floored (default 0) and
 * capped by {@code maxPoints} (null: the source sets no cap). Texts are verbatim from the source.
 */
public record Indicator(String id, String code, String title, BigDecimal maxPoints, IndicatorKind kind,
                        String ruleText, String note, String unitsText, List<String> evidence,
                        Combine combine, BigDecimal floor, List<SubRule> rules) {

    public Indicator {
        Points.requireInput(id);
        if (title == null || kind == null || rules == null || rules.isEmpty()) {
            throw new RuleInputException("scoring.rule.invalid", "indicator " + id);
        }
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        rules = List.copyOf(rules);
        combine = combine == null ? Combine.SUM : combine;
        floor = floor == null ? BigDecimal.ZERO : floor;
    }

    public boolean isVeto() {
        return kind == IndicatorKind.VETO;
    }
}
