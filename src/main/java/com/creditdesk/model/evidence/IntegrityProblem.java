package com.creditdesk.model.evidence;

/** One thing the integrity check found wrong: what kind, about what (a hash, a file, a row), and details. */
public record IntegrityProblem(Kind kind, String subject, String detail) {

    /** Bundle key {@code evidence.problem.NAME}. */
    public enum Kind {
        FILE_CHANGED,
        FILE_MISSING,
        FILE_UNREADABLE,
        ORPHAN_FILE,
        TEMP_FILE,
        ITEM_FILE_MISSING_ROW,
        ITEM_WITHOUT_REQUIREMENT,
        REQUIREMENT_WITHOUT_OWNER
    }
}
