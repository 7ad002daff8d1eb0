package com.creditdesk.model.ledger;

/** How many of a campaign's tasks name a unit, by status: whom to chase. */
public record UnitWorkload(long unitId, String unitName, UnitKind kind, String contact, String phone,
                           int total, int done, int inProgress, int notStarted, int blocked) {

    public int open() {
        return total - done;
    }
}
