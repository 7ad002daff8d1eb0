package com.creditdesk.logic.report;

import com.creditdesk.model.ledger.NodeKind;
import com.creditdesk.model.ledger.Task;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ledger nodes a unit's report shows, in ledger order: the tasks and milestones naming the
 * unit, the milestones of its tasks, and the sections and parent tasks above them for context.
 */
final class LedgerSelection {

    private LedgerSelection() {
    }

    /** @param unitId null keeps every node */
    static List<Task> forUnit(List<Task> tasks, Long unitId) {
        if (unitId == null) {
            return tasks;
        }
        Map<Long, Task> byId = new HashMap<>();
        tasks.forEach(t -> byId.put(t.id(), t));
        Set<Long> keep = new HashSet<>();
        for (Task task : tasks) {
            if (task.kind() != NodeKind.SECTION && names(task, unitId)) {
                keep.add(task.id());
                for (Long parent = task.parentId(); parent != null && byId.containsKey(parent);
                     parent = byId.get(parent).parentId()) {
                    keep.add(parent);
                }
            }
        }
        for (Task task : tasks) {
            if (task.kind() == NodeKind.MILESTONE && task.parentId() != null && keep.contains(task.parentId())
                    && names(byId.get(task.parentId()), unitId)) {
                keep.add(task.id());
            }
        }
        return tasks.stream().filter(t -> keep.contains(t.id())).toList();
    }

    /** Whether the unit is named on the node itself (not only on a parent or a child). */
    static boolean names(Task task, long unitId) {
        return task.units().stream().anyMatch(u -> u.unitId() == unitId);
    }
}
