package com.creditdesk.model.evidence;

import java.util.List;

/** A requirement with everything delivered for it, as the checklist shows it. */
public record RequirementOverview(Requirement requirement, List<EvidenceItem> items) {

    public RequirementOverview {
        items = List.copyOf(items);
    }

    /** The state of this requirement for one unit (NOT_OWED if the unit neither owes nor delivered). */
    public CellState stateFor(long unitId) {
        List<EvidenceItem> mine = items.stream().filter(i -> i.unitId() != null && i.unitId() == unitId).toList();
        if (mine.isEmpty() && !requirement.owedBy(unitId)) {
            return CellState.NOT_OWED;
        }
        return CellStates.of(mine.stream().map(EvidenceItem::status).toList());
    }

    /** The overall state: every owing unit's state combined (worst first). */
    public CellState state() {
        if (requirement.units().isEmpty()) {
            return CellStates.of(items.stream().map(EvidenceItem::status).toList());
        }
        return CellStates.worst(requirement.units().stream().map(u -> stateFor(u.id())).toList());
    }
}
