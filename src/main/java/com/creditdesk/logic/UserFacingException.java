package com.creditdesk.logic;

import com.creditdesk.logic.i18n.Messages;

import java.util.Arrays;

/**
 * A failure the user can understand and act on: carries a message key and its arguments,
 * rendered in the user's language by the UI or the command line. Never shown as a stack trace.
 */
public class UserFacingException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public UserFacingException(String key, Object... args) {
        super(key + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    public UserFacingException(Throwable cause, String key, Object... args) {
        super(key + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    public String localizedMessage(Messages messages) {
        return messages.get(key, args);
    }
}
