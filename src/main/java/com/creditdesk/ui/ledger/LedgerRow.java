package com.creditdesk.ui.ledger;

import com.creditdesk.model.ledger.NodeKind;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskUnit;
import com.creditdesk.model.ledger.UnitRole;

import java.util.List;
import java.util.stream.Collectors;

/** One line of the ledger tree: the stored task plus the texts its columns show. */
public record LedgerRow(Task task) {

    public boolean isSection() {
        return task.kind() == NodeKind.SECTION;
    }

    public String seq() {
        return task.seqLabel() == null ? "" : task.seqLabel();
    }

    /** Responsible units (all roles but lead); the verbatim cell when no unit was linked. */
    public String responsibleText() {
        List<TaskUnit> units = task.units().stream().filter(u -> u.role() != UnitRole.LEAD).toList();
        if (units.isEmpty() && task.unitsIn(UnitRole.LEAD).isEmpty()) {
            return task.unitsText() == null ? "" : task.unitsText();
        }
        return units.stream().map(TaskUnit::unitName).collect(Collectors.joining("、"));
    }

    public String leadText() {
        return task.unitsIn(UnitRole.LEAD).stream().map(TaskUnit::unitName).collect(Collectors.joining("、"));
    }

    public String deadlineText() {
        return task.deadlineText() == null ? "" : task.deadlineText();
    }

    public String progressText() {
        return task.progressNote() == null ? "" : task.progressNote();
    }

    boolean mentionsUnit(String unitName) {
        return task.units().stream().anyMatch(u -> u.unitName().equals(unitName));
    }

    boolean containsText(String needle) {
        return contains(task.seqLabel(), needle) || contains(task.title(), needle) || contains(task.content(), needle)
                || contains(task.deliverable(), needle) || contains(task.unitsText(), needle)
                || contains(task.deadlineText(), needle) || contains(task.progressNote(), needle)
                || task.units().stream().anyMatch(u -> u.unitName().contains(needle));
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.contains(needle);
    }
}
