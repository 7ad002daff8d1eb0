package com.creditdesk.model.ledger;

import java.util.List;

/**
 * What the coordinator changed on a task, against the version they read.
 * Units are given by name (an unknown name becomes a new unit of the registry).
 */
public record TaskEdit(long taskId, int expectedVersion, String title, TaskStatus status, String progressNote,
                       List<UnitAssignment> units) {

    public TaskEdit {
        units = List.copyOf(units);
    }

    /** A unit named for a task, by name. */
    public record UnitAssignment(String unitName, UnitRole role) {
    }
}
