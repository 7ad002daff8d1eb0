package com.creditdesk.logic.db;

import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the Flyway migrations are: {@code db/migration/common} holds the portable ones (new
 * migrations go there), {@code db/migration/h2} and {@code db/migration/postgresql} the
 * vendor-specific ones with the same versions and descriptions (V1–V3: H2's AUTO_INCREMENT and
 * CLOB). Flyway scans folders recursively, so the parent folder itself is never a location.
 */
final class Migrations {

    static final String COMMON = "classpath:db/migration/common";

    private Migrations() {
    }

    static List<String> locations(SQLDialect dialect) {
        return List.of(COMMON, "classpath:db/migration/" + vendorFolder(dialect));
    }

    static String vendorFolder(SQLDialect dialect) {
        return switch (dialect.family()) {
            case H2 -> "h2";
            case POSTGRES -> "postgresql";
            default -> throw new IllegalArgumentException("unsupported database: " + dialect);
        };
    }

    static Flyway flyway(DataSource dataSource, SQLDialect dialect, List<String> extraLocations) {
        List<String> locations = new ArrayList<>(locations(dialect));
        locations.addAll(extraLocations);
        return Flyway.configure().dataSource(dataSource).locations(locations.toArray(String[]::new)).load();
    }
}
