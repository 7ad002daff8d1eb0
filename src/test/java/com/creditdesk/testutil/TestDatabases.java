package com.creditdesk.testutil;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.db.generated.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.Table;

import java.util.LinkedHashMap;
import java.util.Map;
import com.creditdesk.logic.db.ServerAddress;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * Every repository test gets a fresh database migrated with the real Flyway scripts: an in-memory
 * H2 by default, or, when the system property {@value #PG_PROPERTY} holds a PostgreSQL JDBC URL
 * (the {@code postgres} Maven profile, .ci/run), a new throw-away schema in that database. The
 * server user and password come from {@code CREDITDESK_TEST_PG_USER} / {@code _PASSWORD}.
 */
public final class TestDatabases {

    public static final String PG_PROPERTY = "creditdesk.test.pg";

    private TestDatabases() {
    }

    public static Database fresh() {
        return open(create());
    }

    /** A new empty database that {@link #open} may open several times (several app instances). */
    public static String create() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "");
        Optional<String> server = postgresUrl();
        if (server.isPresent()) {
            createSchema(server.get(), name);
        }
        return name;
    }

    /** Opens (one more connection pool on) the database made by {@link #create}. */
    public static Database open(String name) {
        Optional<String> server = postgresUrl();
        if (server.isEmpty()) {
            return Database.openInMemory(name);
        }
        String url = server.get() + (server.get().contains("?") ? "&" : "?") + "currentSchema=" + name;
        return Database.openServer(new ServerAddress(url, user()), password());
    }

    /** The PostgreSQL database the tests run against, or empty for H2. */
    public static Optional<String> postgresUrl() {
        String url = System.getProperty(PG_PROPERTY);
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
    }

    public static String user() {
        String user = System.getenv("CREDITDESK_TEST_PG_USER");
        return user == null || user.isBlank() ? System.getProperty("user.name") : user;
    }

    public static char[] password() {
        String password = System.getenv("CREDITDESK_TEST_PG_PASSWORD");
        return password == null ? null : password.toCharArray();
    }

    private static void createSchema(String url, String schema) {
        char[] password = password();
        try (Connection connection = DriverManager.getConnection(url, user(), password == null ? null : new String(password));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test schema in " + url + ": " + e.getMessage(), e);
        }
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
