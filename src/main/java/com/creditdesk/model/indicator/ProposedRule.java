package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * A typed rule proposed from a 评分标准 sentence for the coordinator to confirm. {@code kind} is
 * the rule's kind name or "UNKNOWN" (then {@code rule} is null); the rule reads the placeholder
 * input {@link #PLACEHOLDER_INPUT}. {@code declaredMax} is a leading "(3分)" marker, if any.
 */
public record ProposedRule(String text, String kind, ScoringRule rule, BigDecimal declaredMax,
                           double confidence, List<Note> notes) {

    public static final String PLACEHOLDER_INPUT = "x";
    public static final String UNKNOWN = "UNKNOWN";

    public ProposedRule {
        notes = List.copyOf(notes);
    }

    /** An explanation for the coordinator: message key and arguments. */
    public record Note(String key, List<Object> args) {

        public Note {
            args = List.copyOf(args);
        }
    }
}
