package com.creditdesk.model.evidence;

/** A unit as the evidence screens show it: id and name. */
public record UnitRef(long id, String name) {
}
