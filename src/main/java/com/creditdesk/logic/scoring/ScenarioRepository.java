package com.creditdesk.logic.scoring;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.generated.tables.records.ScenarioRecord;
import com.creditdesk.model.indicator.Scenario;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;

import static com.creditdesk.logic.db.generated.Tables.SCENARIO;
import static com.creditdesk.logic.db.generated.Tables.SCENARIO_VALUE;

/**
 * Scenarios of built-in indicator systems and their values, one row per input key. Values are
 * stored as JSON in the form the calculator reads: numbers, true/false, option labels, lists.
 */
public final class ScenarioRepository {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final DSLContext dsl;

    public ScenarioRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Scenario> list(long campaignId, String systemCode) {
        return dsl.selectFrom(SCENARIO)
                .where(SCENARIO.CAMPAIGN_ID.eq(campaignId).and(SCENARIO.SYSTEM_CODE.eq(systemCode)))
                .orderBy(SCENARIO.ID)
                .fetch(ScenarioRepository::toScenario);
    }

    public Optional<Scenario> find(long id) {
        return dsl.selectFrom(SCENARIO).where(SCENARIO.ID.eq(id)).fetchOptional(ScenarioRepository::toScenario);
    }

    public boolean nameTaken(long campaignId, String systemCode, String name) {
        return dsl.fetchExists(SCENARIO, SCENARIO.CAMPAIGN_ID.eq(campaignId)
                .and(SCENARIO.SYSTEM_CODE.eq(systemCode)).and(SCENARIO.NAME.eq(name)));
    }

    public long insert(long campaignId, String systemCode, String name, Long basedOnId) {
        LocalDateTime now = LocalDateTime.now();
        // a stored system is also named by id, so deleting it deletes its scenarios
        Long systemId = new IndicatorSystemRepository(dsl).idOf(systemCode).orElse(null);
        return dsl.insertInto(SCENARIO)
                .set(SCENARIO.CAMPAIGN_ID, campaignId)
                .set(SCENARIO.SYSTEM_ID, systemId)
                .set(SCENARIO.SYSTEM_CODE, systemCode)
                .set(SCENARIO.NAME, name)
                .set(SCENARIO.BASED_ON_ID, basedOnId)
                .set(SCENARIO.CREATED_AT, now)
                .set(SCENARIO.UPDATED_AT, now)
                .returning(SCENARIO.ID)
                .fetchOne(SCENARIO.ID);
    }

    public void touch(long id) {
        dsl.update(SCENARIO).set(SCENARIO.UPDATED_AT, LocalDateTime.now()).where(SCENARIO.ID.eq(id)).execute();
    }

    public boolean delete(long id) {
        return dsl.deleteFrom(SCENARIO).where(SCENARIO.ID.eq(id)).execute() > 0;
    }

    /** The stored values by input key, in key order; absent keys are missing inputs. */
    public Map<String, Object> values(long scenarioId) {
        Map<String, Object> values = new LinkedHashMap<>();
        dsl.selectFrom(SCENARIO_VALUE).where(SCENARIO_VALUE.SCENARIO_ID.eq(scenarioId))
                .orderBy(SCENARIO_VALUE.INPUT_KEY)
                .forEach(r -> values.put(r.getInputKey(), fromJson(r.getInputKey(), r.getValueJson())));
        return values;
    }

    /** Stores a value typed by hand (no source). */
    public void putValue(long scenarioId, String key, Object value) {
        putValue(scenarioId, key, value, null);
    }

    /** Stores a value with where it came from (来自台账：…), or null when typed by hand. */
    public void putValue(long scenarioId, String key, Object value, String source) {
        dsl.mergeInto(SCENARIO_VALUE)
                .using(dsl.selectOne())
                .on(SCENARIO_VALUE.SCENARIO_ID.eq(scenarioId).and(SCENARIO_VALUE.INPUT_KEY.eq(key)))
                .whenMatchedThenUpdate().set(SCENARIO_VALUE.VALUE_JSON, toJson(value)).set(SCENARIO_VALUE.SOURCE, source)
                .whenNotMatchedThenInsert(SCENARIO_VALUE.SCENARIO_ID, SCENARIO_VALUE.INPUT_KEY, SCENARIO_VALUE.VALUE_JSON,
                        SCENARIO_VALUE.SOURCE)
                .values(scenarioId, key, toJson(value), source)
                .execute();
    }

    /** The sources of the values that have one, by input key. */
    public Map<String, String> sources(long scenarioId) {
        Map<String, String> sources = new LinkedHashMap<>();
        dsl.select(SCENARIO_VALUE.INPUT_KEY, SCENARIO_VALUE.SOURCE).from(SCENARIO_VALUE)
                .where(SCENARIO_VALUE.SCENARIO_ID.eq(scenarioId).and(SCENARIO_VALUE.SOURCE.isNotNull()))
                .orderBy(SCENARIO_VALUE.INPUT_KEY)
                .forEach(r -> sources.put(r.value1(), r.value2()));
        return sources;
    }

    public void removeValue(long scenarioId, String key) {
        dsl.deleteFrom(SCENARIO_VALUE)
                .where(SCENARIO_VALUE.SCENARIO_ID.eq(scenarioId).and(SCENARIO_VALUE.INPUT_KEY.eq(key)))
                .execute();
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UserFacingException(e, "score.scenario.badValue", String.valueOf(value));
        }
    }

    /** Numbers come back as BigDecimal, lists as lists of BigDecimal (monthly values). */
    static Object fromJson(String key, String json) {
        try {
            return plain(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new UserFacingException(e, "score.scenario.badValue", key + "=" + json);
        }
    }

    private static Object plain(JsonNode node) {
        if (node.isNumber()) {
            return new BigDecimal(node.asText());
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(plain(item)));
            return list;
        }
        return node.isNull() ? null : node.asText();
    }

    private static Scenario toScenario(ScenarioRecord r) {
        return new Scenario(r.getId(), r.getCampaignId(), r.getSystemCode(), r.getName(), r.getBasedOnId(),
                r.getCreatedAt(), r.getUpdatedAt());
    }
}
