package com.creditdesk.model.indicator;

/** The scenario gives no value for an input a rule needs: the score is incomplete, not zero. */
public class MissingInputException extends RuleInputException {

    private final String inputKey;

    public MissingInputException(String inputKey) {
        super("scoring.input.missing", inputKey);
        this.inputKey = inputKey;
    }

    public String inputKey() {
        return inputKey;
    }
}
