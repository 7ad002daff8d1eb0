package com.creditdesk.logic.scoring;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.RuleInputException;
import com.creditdesk.model.indicator.ScoringRule;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;

/**
 * JSON form of indicator systems and typed rules: what the built-in resources hold and what the
 * indicator.rule_json column stores ({@link #writeRule}/{@link #readRule} round-trip exactly).
 */
public final class IndicatorJson {

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            // 50 stays 50 in trees (not 5E+1), so a rule edited through a form equals its original
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    public ObjectMapper mapper() {
        return mapper;
    }

    public String writeRule(ScoringRule rule) {
        try {
            return mapper.writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new UserFacingException(e, "scoring.rule.json", e.getOriginalMessage());
        }
    }

    public ScoringRule readRule(String json) {
        try {
            return mapper.readValue(json, ScoringRule.class);
        } catch (JsonProcessingException e) {
            throw new UserFacingException(e, "scoring.rule.json", e.getOriginalMessage());
        }
    }

    /**
     * Builds a rule from its JSON tree. A parameter the rule rejects surfaces as the rule's own
     * {@link RuleInputException} (a clear message), not as a Jackson error.
     */
    public ScoringRule ruleFromTree(JsonNode tree) {
        try {
            return mapper.treeToValue(tree, ScoringRule.class);
        } catch (JsonProcessingException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof RuleInputException rejected) {
                    throw rejected;
                }
            }
            throw new UserFacingException(e, "scoring.rule.json", e.getOriginalMessage());
        }
    }

    public ObjectNode ruleToTree(ScoringRule rule) {
        return mapper.valueToTree(rule);
    }

    public IndicatorSystem readSystem(InputStream in, String name) {
        try {
            IndicatorSystem system = mapper.readValue(in, IndicatorSystem.class);
            IndicatorSystemValidator.check(system);
            return system;
        } catch (IOException e) {
            throw new UserFacingException(e, "scoring.system.load", name, rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
