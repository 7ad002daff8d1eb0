package com.creditdesk.logic.scoring;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.model.indicator.Scenario;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Creates, copies, saves and deletes 评分模拟 scenarios, each change audited in its own
 * transaction. Scenarios are what-ifs: saving one never touches the ledger.
 */
public final class ScenarioService {

    static final String ENTITY = "scenario";
    private static final int MAX_NAME_LENGTH = 200;

    private final DSLContext dsl;
    private final String actor;

    public ScenarioService(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    public List<Scenario> list(long campaignId, String systemCode) {
        return new ScenarioRepository(dsl).list(campaignId, systemCode);
    }

    public Map<String, Object> values(long scenarioId) {
        return new ScenarioRepository(dsl).values(scenarioId);
    }

    /**
     * Creates the "current state" scenario. Its inputs start empty: the ledger records task status,
     * not the measured quantities the rules read (rates, counts, ranks), so nothing can be filled
     * from it without guessing — and missing inputs are listed, never assumed.
     */
    public Scenario createCurrent(long campaignId, String systemCode, String name) {
        return create(campaignId, systemCode, name, null, Map.of());
    }

    /** Copies a scenario's values under a new name. */
    public Scenario copy(long scenarioId, String newName) {
        Scenario source = new ScenarioRepository(dsl).find(scenarioId)
                .orElseThrow(() -> new UserFacingException("score.scenario.notFound", scenarioId));
        return create(source.campaignId(), source.systemCode(), newName, source.id(),
                new ScenarioRepository(dsl).values(scenarioId));
    }

    private Scenario create(long campaignId, String systemCode, String name, Long basedOn, Map<String, Object> values) {
        String clean = validName(name);
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            ScenarioRepository scenarios = new ScenarioRepository(tx);
            if (scenarios.nameTaken(campaignId, systemCode, clean)) {
                throw new UserFacingException("score.scenario.duplicateName", clean);
            }
            long id = scenarios.insert(campaignId, systemCode, clean, basedOn);
            values.forEach((key, value) -> scenarios.putValue(id, key, value));
            new AuditLog(tx).record(actor, AuditAction.INSERT, ENTITY, id, "name", null, clean,
                    basedOn == null ? systemCode : "copy of scenario " + basedOn);
            return scenarios.find(id).orElseThrow();
        });
    }

    /**
     * Stores the scenario's values: keys absent from {@code values} (or null) are removed. One audit
     * entry per changed input. Returns the number of inputs changed.
     */
    public int save(long scenarioId, Map<String, ?> values) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            ScenarioRepository scenarios = new ScenarioRepository(tx);
            scenarios.find(scenarioId).orElseThrow(() -> new UserFacingException("score.scenario.notFound", scenarioId));
            Map<String, Object> before = scenarios.values(scenarioId);
            AuditLog audit = new AuditLog(tx);
            TreeSet<String> keys = new TreeSet<>(before.keySet());
            values.forEach((key, value) -> {
                if (value != null) {
                    keys.add(key);
                }
            });
            int changed = 0;
            for (String key : keys) {
                Object old = before.get(key);
                Object now = values.get(key);
                String oldJson = old == null ? null : ScenarioRepository.toJson(old);
                String newJson = now == null ? null : ScenarioRepository.toJson(now);
                if (Objects.equals(canonical(old), canonical(now))) {
                    continue;
                }
                if (now == null) {
                    scenarios.removeValue(scenarioId, key);
                } else {
                    scenarios.putValue(scenarioId, key, now);
                }
                audit.record(actor, AuditAction.UPDATE, ENTITY, scenarioId, key, oldJson, newJson, null);
                changed++;
            }
            if (changed > 0) {
                scenarios.touch(scenarioId);
            }
            return changed;
        });
    }

    /** The stored form, with numbers compared by value (80 and 80.0 are the same input). */
    private static String canonical(Object value) {
        if (value == null) {
            return null;
        }
        String json = ScenarioRepository.toJson(value);
        return ScenarioRepository.fromJson("", json) instanceof BigDecimal number
                ? number.stripTrailingZeros().toPlainString() : json;
    }

    public void delete(long scenarioId) {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            ScenarioRepository scenarios = new ScenarioRepository(tx);
            Scenario scenario = scenarios.find(scenarioId)
                    .orElseThrow(() -> new UserFacingException("score.scenario.notFound", scenarioId));
            scenarios.delete(scenarioId);
            new AuditLog(tx).record(actor, AuditAction.DELETE, ENTITY, scenarioId, "name", scenario.name(), null, null);
        });
    }

    private static String validName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new UserFacingException("score.scenario.emptyName");
        }
        if (clean.length() > MAX_NAME_LENGTH) {
            throw new UserFacingException("score.scenario.longName", MAX_NAME_LENGTH);
        }
        return clean;
    }
}
