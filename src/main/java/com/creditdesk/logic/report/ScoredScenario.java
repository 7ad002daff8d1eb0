package com.creditdesk.logic.report;

import com.creditdesk.model.indicator.ScoreResult;

import java.util.Map;

/** A scenario as the 自评打分表 shows it: its name, its stored inputs and their evaluation. */
public record ScoredScenario(String name, Map<String, Object> values, ScoreResult result) {

    public ScoredScenario {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
}
