package com.creditdesk.cli;

import com.creditdesk.logic.UserFacingException;

/** Wrong arguments on the command line: exit code 2. */
public class UsageException extends UserFacingException {

    public UsageException(String key, Object... args) {
        super(key, args);
    }
}
