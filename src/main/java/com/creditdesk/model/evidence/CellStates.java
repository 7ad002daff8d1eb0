package com.creditdesk.model.evidence;

import java.util.Collection;

/** How item states combine into one cell state: any returned wins, then missing, then submitted. */
public final class CellStates {

    private CellStates() {
    }

    /** The state of one owed requirement given the statuses of the items delivered for it. */
    public static CellState of(Collection<EvidenceStatus> statuses) {
        if (statuses.contains(EvidenceStatus.ACCEPTED)) {
            return CellState.ACCEPTED;
        }
        if (statuses.contains(EvidenceStatus.SUBMITTED)) {
            return CellState.SUBMITTED;
        }
        if (statuses.contains(EvidenceStatus.RETURNED)) {
            return CellState.RETURNED;
        }
        return CellState.MISSING;
    }

    /** Several owed requirements: the worst state (NOT_OWED only when nothing is owed). */
    public static CellState worst(Collection<CellState> states) {
        return states.stream().filter(s -> s != CellState.NOT_OWED).min(Enum::compareTo).orElse(CellState.NOT_OWED);
    }
}
