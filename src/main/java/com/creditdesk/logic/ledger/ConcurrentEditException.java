package com.creditdesk.logic.ledger;

import com.creditdesk.logic.UserFacingException;

import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Someone else saved the task since it was read: the message says who and when, and the screen
 * offers to reload it instead of overwriting their change.
 */
public final class ConcurrentEditException extends UserFacingException {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ConcurrentEditException(String key, Object... args) {
        super(key, args);
    }

    static ConcurrentEditException of(String title, Optional<TaskRepository.LastChange> change) {
        return change.map(c -> new ConcurrentEditException("error.task.changedBy", title, c.who(),
                        c.at() == null ? "?" : c.at().format(WHEN)))
                .orElseGet(() -> new ConcurrentEditException("error.task.changedMeanwhile", title));
    }
}
