package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * 待确认规则: a rule whose text is kept verbatim but not yet typed (an imported indicator table, a
 * new indicator). It reads no input and never gives a score: the indicator stays unscored.
 */
public record Unconfirmed() implements ScoringRule {

    @Override
    public String kindName() {
        return "UNCONFIRMED";
    }

    @Override
    public List<String> inputKeys() {
        return List.of();
    }

    @Override
    public BigDecimal maxPoints() {
        return null;
    }

    @Override
    public BigDecimal evaluate(RuleInputs inputs) {
        throw new RuleInputException("scoring.rule.unconfirmed");
    }
}
