package com.creditdesk.logic.scoring;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.user.AccessScope;
import com.creditdesk.model.indicator.Scenario;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
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
    private final AccessScope scope;
    private final String actor;
    private final Messages messages;

    public ScenarioService(DSLContext dsl, String actor) {
        this(dsl, actor, Messages.of(Messages.CHINESE));
    }

    /** {@code messages} words the sources of values filled from the ledger. */
    public ScenarioService(DSLContext dsl, String actor, Messages messages) {
        this(dsl, AccessScope.owner(actor), messages);
    }

    /** A logged-in user: every change needs {@link AccessScope#requireWrite()}. */
    public ScenarioService(DSLContext dsl, AccessScope scope, Messages messages) {
        this.dsl = dsl;
        this.scope = scope;
        this.actor = scope.actor();
        this.messages = messages;
    }

    public List<Scenario> list(long campaignId, String systemCode) {
        return new ScenarioRepository(dsl).list(campaignId, systemCode);
    }

    public Map<String, Object> values(long scenarioId) {
        return new ScenarioRepository(dsl).values(scenarioId);
    }

    /** Where the values that did not come from typing were taken from (来自台账：…), by input key. */
    public Map<String, String> sources(long scenarioId) {
        return new ScenarioRepository(dsl).sources(scenarioId);
    }

    /**
     * Creates the "current state" scenario, filled from the ledger where {@link LedgerFill} can
     * (a stored system's yes/no inputs whose evidence is all accepted or whose tasks are all done),
     * each value with its source; every other input stays missing, never assumed. Built-in
     * systems have no rows the ledger points to, so their "当前" starts empty.
     */
    public Scenario createCurrent(long campaignId, String systemCode, String name) {
        scope.requireWrite();
        return create(campaignId, systemCode, name, null, Map.of(), fromLedger(campaignId, systemCode));
    }

    /** A new scenario with every input missing. */
    public Scenario createEmpty(long campaignId, String systemCode, String name) {
        scope.requireWrite();
        return create(campaignId, systemCode, name, null, Map.of(), Map.of());
    }

    /**
     * Takes the ledger's values again into a scenario: inputs still missing or last filled from
     * the ledger follow it (one the ledger no longer proves becomes missing again); values typed
     * by hand are kept. Returns the number of inputs changed.
     */
    public int refreshFromLedger(long scenarioId) {
        scope.requireWrite();
        Scenario scenario = new ScenarioRepository(dsl).find(scenarioId)
                .orElseThrow(() -> new UserFacingException("score.scenario.notFound", scenarioId));
        Map<String, Sourced> fresh = fromLedger(scenario.campaignId(), scenario.systemCode());
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            ScenarioRepository scenarios = new ScenarioRepository(tx);
            Map<String, Object> values = scenarios.values(scenarioId);
            Map<String, String> sources = scenarios.sources(scenarioId);
            AuditLog audit = new AuditLog(tx);
            int changed = 0;
            for (String key : new TreeSet<>(sources.keySet())) {
                if (!fresh.containsKey(key)) {
                    scenarios.removeValue(scenarioId, key);
                    audit.record(actor, AuditAction.UPDATE, ENTITY, scenarioId, key,
                            ScenarioRepository.toJson(values.get(key)), null, "ledger");
                    changed++;
                }
            }
            for (Map.Entry<String, Sourced> entry : fresh.entrySet()) {
                String key = entry.getKey();
                boolean typedByHand = values.containsKey(key) && !sources.containsKey(key);
                Sourced now = entry.getValue();
                if (typedByHand || (Objects.equals(values.get(key), now.value()) && now.source().equals(sources.get(key)))) {
                    continue;
                }
                scenarios.putValue(scenarioId, key, now.value(), now.source());
                audit.record(actor, AuditAction.UPDATE, ENTITY, scenarioId, key,
                        values.containsKey(key) ? ScenarioRepository.toJson(values.get(key)) : null,
                        ScenarioRepository.toJson(now.value()), now.source());
                changed++;
            }
            if (changed > 0) {
                scenarios.touch(scenarioId);
            }
            return changed;
        });
    }

    private record Sourced(Object value, String source) {
    }

    private Map<String, Sourced> fromLedger(long campaignId, String systemCode) {
        Map<String, Sourced> values = new LinkedHashMap<>();
        new IndicatorSystemRepository(dsl).findByCode(systemCode).ifPresent(stored -> {
            var links = new LedgerLinkQuery(dsl).links(campaignId, stored.id());
            LedgerFill.fill(StoredSystemModel.toModel(stored), links).forEach((key, value) -> values.put(key,
                    new Sourced(value.value(), messages.get(value.sourceKey(), value.sourceArgs().toArray()))));
        });
        return values;
    }

    /** Copies a scenario's values under a new name. */
    public Scenario copy(long scenarioId, String newName) {
        scope.requireWrite();
        Scenario source = new ScenarioRepository(dsl).find(scenarioId)
                .orElseThrow(() -> new UserFacingException("score.scenario.notFound", scenarioId));
        ScenarioRepository stored = new ScenarioRepository(dsl);
        return create(source.campaignId(), source.systemCode(), newName, source.id(), stored.values(scenarioId),
                Map.of());
    }

    private Scenario create(long campaignId, String systemCode, String name, Long basedOn, Map<String, Object> values,
                            Map<String, Sourced> fromLedger) {
        String clean = validName(name);
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            ScenarioRepository scenarios = new ScenarioRepository(tx);
            if (scenarios.nameTaken(campaignId, systemCode, clean)) {
                throw new UserFacingException("score.scenario.duplicateName", clean);
            }
            long id = scenarios.insert(campaignId, systemCode, clean, basedOn);
            values.forEach((key, value) -> scenarios.putValue(id, key, value));
            fromLedger.forEach((key, value) -> scenarios.putValue(id, key, value.value(), value.source()));
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
        scope.requireWrite();
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
        scope.requireWrite();
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
