package com.creditdesk.model.evidence;

/**
 * One cell of the completeness matrix (a row × a unit), worst state first: the unit owes
 * something not delivered (MISSING), something was sent back (RETURNED), delivered but not yet
 * reviewed (SUBMITTED), all accepted (ACCEPTED), or the unit owes nothing there (NOT_OWED).
 * Bundle key {@code evidence.cell.NAME}.
 */
public enum CellState {
    MISSING,
    RETURNED,
    SUBMITTED,
    ACCEPTED,
    NOT_OWED
}
