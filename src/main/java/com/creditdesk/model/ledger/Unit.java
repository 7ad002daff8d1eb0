package com.creditdesk.model.ledger;

import java.util.List;

/** A responsible unit of the registry, with the other names it goes by in notices. */
public record Unit(long id, String name, UnitKind kind, String contact, String phone, List<String> aliases) {

    public Unit {
        aliases = List.copyOf(aliases);
    }
}
