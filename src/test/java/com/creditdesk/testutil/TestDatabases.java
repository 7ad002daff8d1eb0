package com.creditdesk.testutil;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.db.generated.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.Table;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Every repository test gets a fresh in-memory H2 migrated with the real Flyway scripts. */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static Database fresh() {
        return Database.openInMemory("test-" + UUID.randomUUID());
    }

    /** Every row of every table, in key order: the whole database as text, to compare before and after. */
    public static Map<String, String> snapshot(DSLContext dsl) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            tables.put(table.getName(), dsl.selectFrom(table).orderBy(table.fields()).fetch().formatCSV());
        }
        return tables;
    }
}
