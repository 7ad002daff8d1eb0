package com.creditdesk.ui.evidence;

import com.creditdesk.model.evidence.CellState;
import com.creditdesk.model.evidence.EvidenceItem;
import com.creditdesk.model.evidence.Requirement;
import com.creditdesk.model.evidence.RequirementOverview;
import com.creditdesk.model.evidence.UnitRef;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of the 佐证材料 checklist: a group heading (an indicator, a task or a unit) or a
 * requirement with what was delivered for it. {@code unitId} is set when the list is grouped by
 * unit: the line then shows that unit's state only.
 */
public record EvidenceRow(String heading, RequirementOverview overview, Long unitId) {

    static EvidenceRow heading(String text) {
        return new EvidenceRow(text, null, null);
    }

    static EvidenceRow requirement(RequirementOverview overview, Long unitId) {
        return new EvidenceRow(null, overview, unitId);
    }

    public boolean isHeading() {
        return overview == null;
    }

    public Requirement requirement() {
        return overview == null ? null : overview.requirement();
    }

    /** The state this line shows: the unit's own when grouped by unit, else every owing unit's combined. */
    public CellState state() {
        return unitId == null ? overview.state() : overview.stateFor(unitId);
    }

    /** How many of the owing units delivered (submitted or accepted): shown when several units owe it. */
    public long deliveredUnits() {
        if (overview == null) {
            return 0;
        }
        return overview.requirement().units().stream().map(u -> overview.stateFor(u.id()))
                .filter(s -> s == CellState.SUBMITTED || s == CellState.ACCEPTED).count();
    }

    /** Files delivered (for the unit when grouped by unit), each counted once per item. */
    public int fileCount() {
        return items().stream().mapToInt(i -> i.files().size()).sum();
    }

    List<EvidenceItem> items() {
        if (overview == null) {
            return List.of();
        }
        return overview.items().stream()
                .filter(i -> unitId == null || (i.unitId() != null && i.unitId().equals(unitId))).toList();
    }

    /** Units that still owe something here: nothing accepted or submitted yet (missing or returned). */
    public List<UnitRef> owingUnits() {
        if (overview == null) {
            return List.of();
        }
        return overview.requirement().units().stream()
                .filter(u -> unitId == null || u.id() == unitId)
                .filter(u -> {
                    CellState state = overview.stateFor(u.id());
                    return state == CellState.MISSING || state == CellState.RETURNED;
                }).toList();
    }

    public String owingText() {
        return owingUnits().stream().map(UnitRef::name).collect(Collectors.joining("、"));
    }

    boolean containsText(String needle) {
        if (overview == null) {
            return heading.contains(needle);
        }
        Requirement r = overview.requirement();
        return contains(r.text(), needle) || contains(r.ownerPath(), needle) || contains(r.deadlineText(), needle)
                || contains(r.periodText(), needle) || r.units().stream().anyMatch(u -> u.name().contains(needle))
                || overview.items().stream().flatMap(i -> i.files().stream()).anyMatch(f -> contains(f.name(), needle));
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.contains(needle);
    }
}
