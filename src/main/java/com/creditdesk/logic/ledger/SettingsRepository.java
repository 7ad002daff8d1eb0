package com.creditdesk.logic.ledger;

import org.jooq.DSLContext;

import java.util.Optional;

import static com.creditdesk.logic.db.generated.Tables.SETTING;

/** Settings that belong to the data (not to the PC): kept in the database. */
public final class SettingsRepository {

    private final DSLContext dsl;

    public SettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> get(String key) {
        return dsl.select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.SETTING_KEY.eq(key)).fetchOptional(SETTING.SETTING_VALUE);
    }

    public void put(String key, String value) {
        dsl.mergeInto(SETTING)
                .using(dsl.selectOne())
                .on(SETTING.SETTING_KEY.eq(key))
                .whenMatchedThenUpdate().set(SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(SETTING.SETTING_KEY, SETTING.SETTING_VALUE).values(key, value)
                .execute();
    }
}
