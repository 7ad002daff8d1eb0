package com.creditdesk.model.indicator;

/**
 * SCORED: all inputs given; INCOMPLETE: inputs missing; INVALID: an input was rejected; NOT_APPLICABLE;
 * UNCONFIRMED: the rule text is not yet typed (待确认规则), so no score is given.
 */
public enum IndicatorStatus {
    SCORED, INCOMPLETE, INVALID, NOT_APPLICABLE, UNCONFIRMED
}
