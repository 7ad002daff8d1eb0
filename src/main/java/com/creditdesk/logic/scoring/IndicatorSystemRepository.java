package com.creditdesk.logic.scoring;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.generated.tables.records.IndicatorRecord;
import com.creditdesk.logic.db.generated.tables.records.IndicatorSystemRecord;
import com.creditdesk.model.indicator.Combine;
import com.creditdesk.model.indicator.DerivedInput;
import com.creditdesk.model.indicator.InputSpec;
import com.creditdesk.model.indicator.InputUnit;
import com.creditdesk.model.indicator.ScoringRule;
import com.creditdesk.model.indicator.StoredNode;
import com.creditdesk.model.indicator.StoredNodeKind;
import com.creditdesk.model.indicator.StoredSystem;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.creditdesk.logic.db.generated.Tables.INDICATOR;
import static com.creditdesk.logic.db.generated.Tables.INDICATOR_INPUT;
import static com.creditdesk.logic.db.generated.Tables.INDICATOR_SYSTEM;

/**
 * Indicator systems stored in the database as rows (indicator_system, indicator, indicator_input).
 * Reading builds the tree; an unreadable or absent rule_json reads as 待确认 (rule null), never as
 * a guessed rule. Writers pass the DSLContext of their transaction.
 */
public final class IndicatorSystemRepository {

    private final DSLContext dsl;
    private final IndicatorJson json = new IndicatorJson();

    public IndicatorSystemRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<StoredSystem> findAll() {
        List<StoredSystem> systems = new ArrayList<>();
        for (IndicatorSystemRecord r : dsl.selectFrom(INDICATOR_SYSTEM).orderBy(INDICATOR_SYSTEM.ID).fetch()) {
            systems.add(toSystem(r));
        }
        return systems;
    }

    public Optional<StoredSystem> find(long id) {
        return dsl.selectFrom(INDICATOR_SYSTEM).where(INDICATOR_SYSTEM.ID.eq(id)).fetchOptional().map(this::toSystem);
    }

    public Optional<StoredSystem> findByCode(String code) {
        return dsl.selectFrom(INDICATOR_SYSTEM).where(INDICATOR_SYSTEM.CODE.eq(code)).fetchOptional().map(this::toSystem);
    }

    public Optional<Long> idOf(String code) {
        return dsl.select(INDICATOR_SYSTEM.ID).from(INDICATOR_SYSTEM).where(INDICATOR_SYSTEM.CODE.eq(code))
                .fetchOptional(INDICATOR_SYSTEM.ID);
    }

    /** The system a node belongs to. */
    public Optional<Long> systemOf(long nodeId) {
        return dsl.select(INDICATOR.SYSTEM_ID).from(INDICATOR).where(INDICATOR.ID.eq(nodeId))
                .fetchOptional(INDICATOR.SYSTEM_ID);
    }

    private StoredSystem toSystem(IndicatorSystemRecord r) {
        List<IndicatorRecord> rows = dsl.selectFrom(INDICATOR).where(INDICATOR.SYSTEM_ID.eq(r.getId()))
                .orderBy(INDICATOR.SORT_ORDER, INDICATOR.ID).fetch();
        Map<Long, List<IndicatorRecord>> byParent = new HashMap<>();
        for (IndicatorRecord row : rows) {
            byParent.computeIfAbsent(row.getParentId() == null ? 0L : row.getParentId(), p -> new ArrayList<>()).add(row);
        }
        List<InputSpec> inputs = new ArrayList<>();
        List<DerivedInput> derived = new ArrayList<>();
        dsl.selectFrom(INDICATOR_INPUT).where(INDICATOR_INPUT.SYSTEM_ID.eq(r.getId()))
                .orderBy(INDICATOR_INPUT.SORT_ORDER, INDICATOR_INPUT.ID).forEach(in -> {
                    inputs.add(new InputSpec(in.getInputKey(), in.getLabel(), InputUnit.valueOf(in.getUnit()),
                            plain(in.getMinValue()), plain(in.getMaxValue())));
                    if (in.getDerivedNumerator() != null && in.getDerivedDenominator() != null) {
                        derived.add(new DerivedInput(in.getInputKey(), in.getDerivedNumerator(),
                                in.getDerivedDenominator(), plain(in.getDerivedScale())));
                    }
                });
        return new StoredSystem(r.getId(), r.getCode(), r.getName(), r.getSource(), plain(r.getTotalPoints()),
                plain(r.getBonusCap()), Boolean.TRUE.equals(r.getBuiltin()), r.getNote(), nodes(byParent, 0L), inputs, derived);
    }

    private List<StoredNode> nodes(Map<Long, List<IndicatorRecord>> byParent, long parent) {
        List<StoredNode> nodes = new ArrayList<>();
        for (IndicatorRecord row : byParent.getOrDefault(parent, List.of())) {
            nodes.add(new StoredNode(row.getId(), row.getParentId(), StoredNodeKind.valueOf(row.getKind()),
                    row.getCode(), row.getTitle(), plain(row.getMaxPoints()), row.getRuleText(), rule(row.getRuleJson()),
                    row.getRuleNote(), row.getCombineRule() == null ? null : Combine.valueOf(row.getCombineRule()),
                    plain(row.getFloorPoints()), nodes(byParent, row.getId())));
        }
        return nodes;
    }

    /** 6.00 from a DECIMAL(8,2) column reads as 6, as typed. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private ScoringRule rule(String ruleJson) {
        if (ruleJson == null || ruleJson.isBlank()) {
            return null;
        }
        try {
            return json.readRule(ruleJson);
        } catch (UserFacingException e) {
            // a rule this version cannot read stays 待确认: the text is still shown, no score is made up
            return null;
        }
    }

    public long insertSystem(String code, String name, String source, BigDecimal total, BigDecimal bonusCap, String note) {
        return dsl.insertInto(INDICATOR_SYSTEM)
                .set(INDICATOR_SYSTEM.CODE, code)
                .set(INDICATOR_SYSTEM.NAME, name)
                .set(INDICATOR_SYSTEM.SOURCE, source)
                .set(INDICATOR_SYSTEM.TOTAL_POINTS, total)
                .set(INDICATOR_SYSTEM.BONUS_CAP, bonusCap)
                .set(INDICATOR_SYSTEM.NOTE, note)
                .returning(INDICATOR_SYSTEM.ID)
                .fetchOne(INDICATOR_SYSTEM.ID);
    }

    public void updateSystem(long id, String name, BigDecimal total) {
        dsl.update(INDICATOR_SYSTEM).set(INDICATOR_SYSTEM.NAME, name).set(INDICATOR_SYSTEM.TOTAL_POINTS, total)
                .where(INDICATOR_SYSTEM.ID.eq(id)).execute();
    }

    public void deleteSystem(long id) {
        dsl.deleteFrom(INDICATOR_SYSTEM).where(INDICATOR_SYSTEM.ID.eq(id)).execute();
    }

    /** Inserts a node at the end of its system's order and returns its id. */
    public long insertNode(long systemId, Long parentId, StoredNodeKind kind, String code, String title,
                           BigDecimal maxPoints) {
        Integer last = dsl.select(DSL.max(INDICATOR.SORT_ORDER)).from(INDICATOR)
                .where(INDICATOR.SYSTEM_ID.eq(systemId)).fetchOne(0, Integer.class);
        return dsl.insertInto(INDICATOR)
                .set(INDICATOR.SYSTEM_ID, systemId)
                .set(INDICATOR.PARENT_ID, parentId)
                .set(INDICATOR.SORT_ORDER, last == null ? 0 : last + 1)
                .set(INDICATOR.KIND, kind.name())
                .set(INDICATOR.CODE, code)
                .set(INDICATOR.TITLE, title)
                .set(INDICATOR.MAX_POINTS, maxPoints)
                .returning(INDICATOR.ID)
                .fetchOne(INDICATOR.ID);
    }

    public void updateNode(long id, StoredNodeKind kind, String code, String title, BigDecimal maxPoints) {
        dsl.update(INDICATOR).set(INDICATOR.KIND, kind.name()).set(INDICATOR.CODE, code)
                .set(INDICATOR.TITLE, title).set(INDICATOR.MAX_POINTS, maxPoints)
                .where(INDICATOR.ID.eq(id)).execute();
    }

    public void updateScoring(long id, Combine combine, BigDecimal floor) {
        dsl.update(INDICATOR).set(INDICATOR.COMBINE_RULE, combine == null ? null : combine.name())
                .set(INDICATOR.FLOOR_POINTS, floor).where(INDICATOR.ID.eq(id)).execute();
    }

    /** Stores the rule text verbatim, the typed rule (null: 待确认) and the reading note. */
    public void updateRule(long id, String ruleText, ScoringRule rule, String note) {
        dsl.update(INDICATOR).set(INDICATOR.RULE_TEXT, ruleText)
                .set(INDICATOR.RULE_JSON, rule == null ? null : json.writeRule(rule))
                .set(INDICATOR.RULE_NOTE, note)
                .where(INDICATOR.ID.eq(id)).execute();
    }

    public void updateRuleJson(long id, ScoringRule rule) {
        dsl.update(INDICATOR).set(INDICATOR.RULE_JSON, rule == null ? null : json.writeRule(rule))
                .where(INDICATOR.ID.eq(id)).execute();
    }

    public void deleteNode(long id) {
        dsl.deleteFrom(INDICATOR).where(INDICATOR.ID.eq(id)).execute();
    }

    /** Adds or replaces the input {@code spec.key()} of the system. */
    public void putInput(long systemId, InputSpec spec, DerivedInput derived) {
        int updated = dsl.update(INDICATOR_INPUT)
                .set(INDICATOR_INPUT.LABEL, spec.label())
                .set(INDICATOR_INPUT.UNIT, spec.unit().name())
                .set(INDICATOR_INPUT.MIN_VALUE, spec.min())
                .set(INDICATOR_INPUT.MAX_VALUE, spec.max())
                .where(INDICATOR_INPUT.SYSTEM_ID.eq(systemId).and(INDICATOR_INPUT.INPUT_KEY.eq(spec.key())))
                .execute();
        if (updated > 0) {
            return;
        }
        Integer last = dsl.select(DSL.max(INDICATOR_INPUT.SORT_ORDER)).from(INDICATOR_INPUT)
                .where(INDICATOR_INPUT.SYSTEM_ID.eq(systemId)).fetchOne(0, Integer.class);
        dsl.insertInto(INDICATOR_INPUT)
                .set(INDICATOR_INPUT.SYSTEM_ID, systemId)
                .set(INDICATOR_INPUT.INPUT_KEY, spec.key())
                .set(INDICATOR_INPUT.LABEL, spec.label())
                .set(INDICATOR_INPUT.UNIT, spec.unit().name())
                .set(INDICATOR_INPUT.MIN_VALUE, spec.min())
                .set(INDICATOR_INPUT.MAX_VALUE, spec.max())
                .set(INDICATOR_INPUT.DERIVED_NUMERATOR, derived == null ? null : derived.numerator())
                .set(INDICATOR_INPUT.DERIVED_DENOMINATOR, derived == null ? null : derived.denominator())
                .set(INDICATOR_INPUT.DERIVED_SCALE, derived == null ? null : derived.scale())
                .set(INDICATOR_INPUT.SORT_ORDER, last == null ? 0 : last + 1)
                .execute();
    }

    public void deleteInput(long systemId, String key) {
        dsl.deleteFrom(INDICATOR_INPUT)
                .where(INDICATOR_INPUT.SYSTEM_ID.eq(systemId).and(INDICATOR_INPUT.INPUT_KEY.eq(key))).execute();
    }
}
