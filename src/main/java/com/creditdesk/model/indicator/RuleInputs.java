package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * The scenario values a rule reads, already checked against their {@link InputSpec}. Every
 * accessor throws {@link MissingInputException} when the value is absent.
 */
public interface RuleInputs {

    BigDecimal number(String key);

    boolean yes(String key);

    /** A list of monthly values, or {@code null} when the scenario gives a count instead. */
    List<BigDecimal> monthly(String key);

    String choice(String key);
}
