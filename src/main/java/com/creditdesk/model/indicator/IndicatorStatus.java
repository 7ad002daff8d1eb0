package com.creditdesk.model.indicator;

/** SCORED: all inputs given; INCOMPLETE: inputs missing; INVALID: an input was rejected; NOT_APPLICABLE. */
public enum IndicatorStatus {
    SCORED, INCOMPLETE, INVALID, NOT_APPLICABLE
}
