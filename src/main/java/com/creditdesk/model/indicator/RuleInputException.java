package com.creditdesk.model.indicator;

import java.util.Arrays;

/**
 * A scoring rule could not be evaluated (or built) because of its inputs or parameters. Carries
 * a message key and arguments so the UI can show a clear Chinese sentence; never a wrong score.
 */
public class RuleInputException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public RuleInputException(String key, Object... args) {
        super(key + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
