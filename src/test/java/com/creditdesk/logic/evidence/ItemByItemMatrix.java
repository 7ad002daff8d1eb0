package com.creditdesk.logic.evidence;

import com.creditdesk.model.evidence.CellState;
import com.creditdesk.model.evidence.CellStates;
import com.creditdesk.model.evidence.CompletenessMatrix;
import com.creditdesk.model.evidence.EvidenceItem;
import com.creditdesk.model.evidence.MatrixCell;
import com.creditdesk.model.evidence.MatrixColumn;
import com.creditdesk.model.evidence.MatrixRow;
import com.creditdesk.model.evidence.RequirementGroup;
import com.creditdesk.model.evidence.RequirementGroup.GroupBy;
import com.creditdesk.model.evidence.RequirementOverview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The completeness matrix as it was computed before the aggregate query: from every requirement's
 * items in memory ({@link RequirementOverview#stateFor}). The oracle the set-based matrix is
 * compared with, in tests and in ScaleBench.
 */
public final class ItemByItemMatrix {

    private ItemByItemMatrix() {
    }

    public static CompletenessMatrix of(EvidenceQueries queries, long campaignId, boolean missingOnly) {
        List<RequirementGroup> groups = queries.byOwner(campaignId);
        Map<Long, String> unitNames = new TreeMap<>();
        for (RequirementGroup g : groups) {
            for (RequirementOverview o : g.requirements()) {
                o.requirement().units().forEach(u -> unitNames.put(u.id(), u.name()));
                o.items().stream().filter(i -> i.unitId() != null).forEach(i -> unitNames.putIfAbsent(i.unitId(), name(i)));
            }
        }
        List<MatrixRow> rows = new ArrayList<>();
        for (RequirementGroup group : groups) {
            List<MatrixCell> cells = new ArrayList<>();
            for (Long unitId : unitNames.keySet()) {
                List<RequirementOverview> owed = group.requirements().stream()
                        .filter(o -> o.stateFor(unitId) != CellState.NOT_OWED).toList();
                CellState state = CellStates.worst(owed.stream().map(o -> o.stateFor(unitId)).toList());
                Long open = owed.stream().filter(o -> o.stateFor(unitId) == state)
                        .map(o -> o.requirement().id()).findFirst().orElse(null);
                cells.add(new MatrixCell(unitId, state, open));
            }
            rows.add(new MatrixRow(group.by() == GroupBy.INDICATOR ? group.ownerId() : null,
                    group.by() == GroupBy.TASK ? group.ownerId() : null, group.heading(),
                    group.requirements().stream().map(o -> o.requirement().id()).toList(), cells,
                    EvidenceQueries.percent(cells, CellState.ACCEPTED),
                    EvidenceQueries.percent(cells, CellState.ACCEPTED, CellState.SUBMITTED)));
        }
        List<MatrixColumn> columns = new ArrayList<>();
        int index = 0;
        for (Map.Entry<Long, String> unit : unitNames.entrySet()) {
            int column = index++;
            List<MatrixCell> cells = rows.stream().map(r -> r.cells().get(column)).toList();
            columns.add(new MatrixColumn(unit.getKey(), unit.getValue(), EvidenceQueries.percent(cells, CellState.ACCEPTED),
                    EvidenceQueries.percent(cells, CellState.ACCEPTED, CellState.SUBMITTED)));
        }
        CompletenessMatrix full = new CompletenessMatrix(campaignId, columns, rows);
        return missingOnly ? EvidenceQueries.missingOnly(full) : full;
    }

    private static String name(EvidenceItem item) {
        return item.unitName();
    }
}
