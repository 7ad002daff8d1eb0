package com.creditdesk.model.indicator;

/** One numbered part of a 评分标准 (1. 2. ① …): its text verbatim and its typed rule. */
public record SubRule(String code, String text, ScoringRule rule) {

    public SubRule {
        if (rule == null) {
            throw new RuleInputException("scoring.rule.invalid", "rule " + code);
        }
    }
}
