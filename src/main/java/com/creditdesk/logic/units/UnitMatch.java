package com.creditdesk.logic.units;

import com.creditdesk.model.ledger.Unit;

/**
 * How a unit name from a notice was matched to the registry. {@code unit} is null when
 * {@code method} is NEW: the importer proposes to create a unit named {@code text}.
 */
public record UnitMatch(String text, Unit unit, Method method) {

    public enum Method {
        EXACT,
        ALIAS,
        NORMALISED,
        NEW
    }

    public boolean isNew() {
        return method == Method.NEW;
    }
}
