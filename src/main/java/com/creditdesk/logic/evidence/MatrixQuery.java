package com.creditdesk.logic.evidence;

import com.creditdesk.logic.user.AccessScope;
import com.creditdesk.model.evidence.CellState;
import com.creditdesk.model.evidence.MatrixCell;
import com.creditdesk.model.evidence.MatrixRow;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT_UNIT;
import static com.creditdesk.logic.db.generated.Tables.UNIT;

/**
 * The completeness matrix's rows and cells from one aggregate query: the state of each requirement
 * × unit (owing or delivering) from its items, then per row (indicator or task) × unit the worst
 * state and the first requirement in that state, packed into one number so that a single MIN
 * finds both: {@code state ordinal × 2^40 + requirement id}. Rows come in source order
 * ({@link OwnerPaths}); the Java side only lays the cells out.
 */
final class MatrixQuery {

    /** Requirement ids stay far below this (2^40). */
    private static final long PACK = 1L << 40;

    private final DSLContext dsl;
    private final AccessScope scope;

    MatrixQuery(DSLContext dsl, AccessScope scope) {
        this.dsl = dsl;
        this.scope = scope;
    }

    /** The rows (percentages left to the caller: null here) and the column units, id → name, in id order. */
    record Result(List<MatrixRow> rows, Map<Long, String> units) {
    }

    /** A row's identity as {@code EvidenceQueries.byOwner} groups it: the indicator, else the task. */
    private record RowKey(Long indicatorId, Long taskId) {
    }

    private record Packed(long value) {
        CellState state() {
            return CellState.values()[(int) (value / PACK)];
        }

        long requirementId() {
            return value % PACK;
        }
    }

    Result run(long campaignId) {
        Condition inCampaign = EVIDENCE_REQUIREMENT.CAMPAIGN_ID.eq(campaignId).and(scope.campaignVisible(campaignId));
        OwnerPaths paths = new OwnerPaths(dsl, campaignId);
        Map<RowKey, List<Long>> rowRequirements = rowsInSourceOrder(inCampaign, paths);

        Map<RowKey, Map<Long, Packed>> cells = new HashMap<>();
        Map<Long, String> units = new TreeMap<>();
        for (Record5<Long, Long, Long, String, Long> r : cellQuery(inCampaign)) {
            RowKey key = new RowKey(r.value1(), r.value1() == null ? r.value2() : null);
            units.put(r.value3(), r.value4());
            cells.computeIfAbsent(key, k -> new HashMap<>()).put(r.value3(), new Packed(r.value5()));
        }

        List<MatrixRow> rows = new ArrayList<>();
        rowRequirements.forEach((key, requirementIds) -> {
            Map<Long, Packed> mine = cells.getOrDefault(key, Map.of());
            List<MatrixCell> row = new ArrayList<>();
            for (Long unitId : units.keySet()) {
                Packed packed = mine.get(unitId);
                row.add(packed == null ? new MatrixCell(unitId, CellState.NOT_OWED, null)
                        : new MatrixCell(unitId, packed.state(), packed.requirementId()));
            }
            String path = key.indicatorId() != null ? paths.indicatorPath(key.indicatorId()) : paths.taskPath(key.taskId());
            rows.add(new MatrixRow(key.indicatorId(), key.taskId(), path, requirementIds, row, null, null));
        });
        return new Result(rows, units);
    }

    /** The requirement ids of each row, rows and ids in source order. */
    private Map<RowKey, List<Long>> rowsInSourceOrder(Condition inCampaign, OwnerPaths paths) {
        var requirements = dsl.select(EVIDENCE_REQUIREMENT.ID, EVIDENCE_REQUIREMENT.INDICATOR_ID, EVIDENCE_REQUIREMENT.TASK_ID)
                .from(EVIDENCE_REQUIREMENT).where(inCampaign).fetch().stream()
                .sorted(paths.sourceOrder(r -> r.value2(), r -> r.value3(), r -> r.value1()))
                .toList();
        Map<RowKey, List<Long>> rows = new LinkedHashMap<>();
        for (var r : requirements) {
            RowKey key = new RowKey(r.value2(), r.value2() == null ? r.value3() : null);
            rows.computeIfAbsent(key, k -> new ArrayList<>()).add(r.value1());
        }
        return rows;
    }

    /** Per row × unit: indicator id, task id (null when the indicator is set), unit id and name, packed MIN. */
    private List<Record5<Long, Long, Long, String, Long>> cellQuery(Condition inCampaign) {
        Field<Long> requirementId = DSL.field(DSL.name("r"), Long.class);
        Field<Long> unitId = DSL.field(DSL.name("u"), Long.class);
        Field<Integer> accepted = DSL.field(DSL.name("acc"), Integer.class);
        Field<Integer> submitted = DSL.field(DSL.name("sub"), Integer.class);
        Field<Integer> returned = DSL.field(DSL.name("ret"), Integer.class);
        // Every unit a requirement is owed by, with no delivery, and every item delivered by a unit.
        Table<?> pairs = DSL.select(EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID.as(requirementId.getName()),
                        EVIDENCE_REQUIREMENT_UNIT.UNIT_ID.as(unitId.getName()), DSL.inline(0).as(accepted.getName()),
                        DSL.inline(0).as(submitted.getName()), DSL.inline(0).as(returned.getName()))
                .from(EVIDENCE_REQUIREMENT_UNIT)
                .join(EVIDENCE_REQUIREMENT).on(EVIDENCE_REQUIREMENT.ID.eq(EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID))
                .where(inCampaign)
                .unionAll(DSL.select(EVIDENCE_ITEM.REQUIREMENT_ID, EVIDENCE_ITEM.UNIT_ID, flag("ACCEPTED"), flag("SUBMITTED"),
                                flag("RETURNED"))
                        .from(EVIDENCE_ITEM)
                        .join(EVIDENCE_REQUIREMENT).on(EVIDENCE_REQUIREMENT.ID.eq(EVIDENCE_ITEM.REQUIREMENT_ID))
                        .where(inCampaign.and(EVIDENCE_ITEM.UNIT_ID.isNotNull())))
                .asTable("p");
        // CellStates.of: any accepted item → ACCEPTED, else any submitted → SUBMITTED, else any returned → RETURNED.
        Field<Long> state = DSL.when(DSL.max(pairs.field(accepted)).eq(1), DSL.inline((long) CellState.ACCEPTED.ordinal()))
                .when(DSL.max(pairs.field(submitted)).eq(1), DSL.inline((long) CellState.SUBMITTED.ordinal()))
                .when(DSL.max(pairs.field(returned)).eq(1), DSL.inline((long) CellState.RETURNED.ordinal()))
                .else_(DSL.inline((long) CellState.MISSING.ordinal()));
        Field<Long> packedState = state.mul(DSL.inline(PACK)).plus(pairs.field(requirementId)).as("packed");
        Table<?> states = DSL.select(pairs.field(requirementId), pairs.field(unitId), packedState)
                .from(pairs)
                .groupBy(pairs.field(requirementId), pairs.field(unitId))
                .asTable("s");
        Field<Long> packed = states.field("packed", Long.class);
        Field<Long> ownerTask = DSL.when(EVIDENCE_REQUIREMENT.INDICATOR_ID.isNull(), EVIDENCE_REQUIREMENT.TASK_ID);
        return dsl.select(EVIDENCE_REQUIREMENT.INDICATOR_ID, ownerTask, UNIT.ID, UNIT.NAME, DSL.min(packed))
                .from(states)
                .join(EVIDENCE_REQUIREMENT).on(EVIDENCE_REQUIREMENT.ID.eq(states.field(requirementId)))
                .join(UNIT).on(UNIT.ID.eq(states.field(unitId)))
                .groupBy(EVIDENCE_REQUIREMENT.INDICATOR_ID, ownerTask, UNIT.ID, UNIT.NAME)
                .fetch();
    }

    private static Field<Integer> flag(String status) {
        return DSL.when(EVIDENCE_ITEM.STATUS.eq(status), DSL.inline(1)).else_(DSL.inline(0));
    }
}
