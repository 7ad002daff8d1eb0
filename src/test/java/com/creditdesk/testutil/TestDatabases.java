package com.creditdesk.testutil;

import com.creditdesk.logic.db.Database;

import java.util.UUID;

/** Every repository test gets a fresh in-memory H2 migrated with the real Flyway scripts. */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static Database fresh() {
        return Database.openInMemory("test-" + UUID.randomUUID());
    }
}
