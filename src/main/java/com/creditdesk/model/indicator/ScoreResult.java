package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * A scenario's score. {@code total} = scored points + bonus (capped); it counts complete indicators
 * only, so {@code complete} tells whether it is final. {@code verdict} is "一票否决" when any veto failed.
 */
public record ScoreResult(String systemCode, BigDecimal total, BigDecimal max, BigDecimal bonus,
                          BigDecimal bonusMax, String verdict, List<VetoFailure> vetoFailures,
                          List<CategoryScore> categories, List<IndicatorScore> indicators,
                          List<String> missing, boolean complete) {

    public static final String VETOED = "一票否决";

    public ScoreResult {
        vetoFailures = List.copyOf(vetoFailures);
        categories = List.copyOf(categories);
        indicators = List.copyOf(indicators);
        missing = List.copyOf(missing);
    }

    public boolean vetoed() {
        return !vetoFailures.isEmpty();
    }
}
