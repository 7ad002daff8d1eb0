package com.creditdesk.model.evidence;

import java.util.List;

/**
 * A heading of the checklist (an indicator path, a task, or a unit) and its requirements.
 * {@code ownerId} is the indicator, task or unit id (null for requirements owed by no unit).
 */
public record RequirementGroup(GroupBy by, Long ownerId, String heading, List<RequirementOverview> requirements) {

    public RequirementGroup {
        requirements = List.copyOf(requirements);
    }

    /** How the checklist is grouped. */
    public enum GroupBy {
        INDICATOR,
        TASK,
        UNIT
    }
}
