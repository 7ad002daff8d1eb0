package com.creditdesk.logic.evidence;

import com.creditdesk.model.evidence.CellState;
import com.creditdesk.model.evidence.CompletenessMatrix;
import com.creditdesk.model.evidence.EvidenceItem;
import com.creditdesk.model.evidence.MatrixCell;
import com.creditdesk.model.evidence.MatrixColumn;
import com.creditdesk.model.evidence.MatrixRow;
import com.creditdesk.model.evidence.Requirement;
import com.creditdesk.model.evidence.RequirementGroup;
import com.creditdesk.model.evidence.RequirementGroup.GroupBy;
import com.creditdesk.model.evidence.RequirementOverview;
import com.creditdesk.model.evidence.UnitRef;
import com.creditdesk.logic.user.AccessScope;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The evidence checklist and the completeness matrix of a campaign, read with a fixed handful of
 * set-based queries (requirements, their units, items, item files, indicator and task names).
 */
public final class EvidenceQueries {

    private final DSLContext dsl;
    private final AccessScope scope;

    public EvidenceQueries(DSLContext dsl) {
        this(dsl, AccessScope.owner("system"));
    }

    /** Within a user's scope: a county user reads nothing of another county's campaign. */
    public EvidenceQueries(DSLContext dsl, AccessScope scope) {
        this.dsl = dsl;
        this.scope = scope;
    }

    /** Every requirement of the campaign with what was delivered, in source order. */
    public List<RequirementOverview> overviews(long campaignId) {
        EvidenceReader reader = new EvidenceReader(dsl);
        List<Requirement> requirements = reader.requirements(campaignId, scope.campaignVisible(campaignId));
        Map<Long, List<EvidenceItem>> items = reader.items(campaignId, scope.campaignVisible(campaignId));
        return requirements.stream().map(r -> new RequirementOverview(r, items.getOrDefault(r.id(), List.of()))).toList();
    }

    /** Grouped by indicator (their path as heading) then by task, in source order. */
    public List<RequirementGroup> byOwner(long campaignId) {
        Map<String, RequirementGroup> groups = new LinkedHashMap<>();
        Map<String, List<RequirementOverview>> members = new LinkedHashMap<>();
        for (RequirementOverview o : overviews(campaignId)) {
            Requirement r = o.requirement();
            GroupBy by = r.indicatorId() != null ? GroupBy.INDICATOR : GroupBy.TASK;
            Long owner = r.indicatorId() != null ? r.indicatorId() : r.taskId();
            String key = by + ":" + owner;
            groups.putIfAbsent(key, new RequirementGroup(by, owner, r.ownerPath(), List.of()));
            members.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
        }
        return groups.entrySet().stream().map(e -> new RequirementGroup(e.getValue().by(), e.getValue().ownerId(),
                e.getValue().heading(), members.get(e.getKey()))).toList();
    }

    /** Grouped by owing unit (a requirement owed by two units is under both; unowed ones last, ownerId null). */
    public List<RequirementGroup> byUnit(long campaignId) {
        Map<Long, String> names = new TreeMap<>();
        Map<Long, List<RequirementOverview>> members = new LinkedHashMap<>();
        List<RequirementOverview> unowed = new ArrayList<>();
        for (RequirementOverview o : overviews(campaignId)) {
            List<UnitRef> units = owingOrDelivering(o);
            if (units.isEmpty()) {
                unowed.add(o);
            }
            for (UnitRef unit : units) {
                names.put(unit.id(), unit.name());
                members.computeIfAbsent(unit.id(), k -> new ArrayList<>()).add(o);
            }
        }
        List<RequirementGroup> groups = new ArrayList<>();
        names.forEach((id, name) -> groups.add(new RequirementGroup(GroupBy.UNIT, id, name, members.get(id))));
        if (!unowed.isEmpty()) {
            groups.add(new RequirementGroup(GroupBy.UNIT, null, "", unowed));
        }
        return groups;
    }

    /** The requirements one unit owes (or delivered for), with their items. */
    public List<RequirementOverview> forUnit(long campaignId, long unitId) {
        return overviews(campaignId).stream()
                .filter(o -> owingOrDelivering(o).stream().anyMatch(u -> u.id() == unitId)).toList();
    }

    private static List<UnitRef> owingOrDelivering(RequirementOverview o) {
        Map<Long, UnitRef> units = new LinkedHashMap<>();
        o.requirement().units().forEach(u -> units.put(u.id(), u));
        o.items().stream().filter(i -> i.unitId() != null)
                .forEach(i -> units.putIfAbsent(i.unitId(), new UnitRef(i.unitId(), i.unitName())));
        return List.copyOf(units.values());
    }

    /**
     * Indicators and tasks (rows) × units (columns). {@code missingOnly}: only rows with a cell
     * still MISSING or RETURNED, and only the columns of units with such a cell. The cells come
     * from one aggregate query ({@link MatrixQuery}), not from the items one by one.
     */
    public CompletenessMatrix matrix(long campaignId, boolean missingOnly) {
        MatrixQuery.Result result = new MatrixQuery(dsl, scope).run(campaignId);
        List<MatrixRow> rows = result.rows().stream().map(r -> new MatrixRow(r.indicatorId(), r.taskId(), r.path(),
                r.requirementIds(), r.cells(), percent(r.cells(), CellState.ACCEPTED),
                percent(r.cells(), CellState.ACCEPTED, CellState.SUBMITTED))).toList();
        List<MatrixColumn> columns = new ArrayList<>();
        int index = 0;
        for (Map.Entry<Long, String> unit : result.units().entrySet()) {
            int column = index++;
            List<MatrixCell> cells = rows.stream().map(r -> r.cells().get(column)).toList();
            columns.add(new MatrixColumn(unit.getKey(), unit.getValue(), percent(cells, CellState.ACCEPTED),
                    percent(cells, CellState.ACCEPTED, CellState.SUBMITTED)));
        }
        CompletenessMatrix full = new CompletenessMatrix(campaignId, columns, rows);
        return missingOnly ? missingOnly(full) : full;
    }

    static CompletenessMatrix missingOnly(CompletenessMatrix m) {
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < m.columns().size(); c++) {
            int column = c;
            if (m.rows().stream().anyMatch(r -> open(r.cells().get(column).state()))) {
                keep.add(c);
            }
        }
        List<MatrixRow> rows = m.rows().stream().filter(r -> r.cells().stream().anyMatch(cell -> open(cell.state())))
                .map(r -> new MatrixRow(r.indicatorId(), r.taskId(), r.path(), r.requirementIds(),
                        keep.stream().map(r.cells()::get).toList(), r.acceptedPercent(), r.deliveredPercent()))
                .toList();
        return new CompletenessMatrix(m.campaignId(), keep.stream().map(m.columns()::get).toList(), rows);
    }

    private static boolean open(CellState state) {
        return state == CellState.MISSING || state == CellState.RETURNED;
    }

    static Double percent(List<MatrixCell> cells, CellState... counted) {
        List<MatrixCell> owed = cells.stream().filter(c -> c.state() != CellState.NOT_OWED).toList();
        if (owed.isEmpty()) {
            return null;
        }
        long hits = owed.stream().filter(c -> List.of(counted).contains(c.state())).count();
        return Math.round(1000.0 * hits / owed.size()) / 10.0;
    }
}
