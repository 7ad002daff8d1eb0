package com.creditdesk.model.exchange;

/** The coordinator's decision on a conflict: keep the city's value or take the county's. */
public enum ConflictChoice {
    KEEP_CITY,
    TAKE_COUNTY
}
