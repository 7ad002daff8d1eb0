package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.List;

/** One indicator's result; {@code score} is null unless status is SCORED or NOT_APPLICABLE. */
public record IndicatorScore(String id, String code, String title, IndicatorKind kind, BigDecimal score,
                             BigDecimal max, String rule, IndicatorStatus status, List<String> missingInputs,
                             List<InputProblem> problems) {

    public IndicatorScore {
        missingInputs = List.copyOf(missingInputs);
        problems = List.copyOf(problems);
    }
}
