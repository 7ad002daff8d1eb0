package com.creditdesk.model.ledger;

/** A unit named for a task, in a role. */
public record TaskUnit(long unitId, String unitName, UnitRole role) {
}
