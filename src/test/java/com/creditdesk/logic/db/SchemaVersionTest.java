package com.creditdesk.logic.db;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaVersionTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Version → description of the V*.sql files of one folder. */
    private static Map<Integer, String> migrations(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .collect(Collectors.toMap(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))),
                            n -> n.substring(n.indexOf("__") + 2), (a, b) -> a + " and " + b, TreeMap::new));
        }
    }

    @Test
    void schemaVersionConstantMatchesTheNewestMigration() throws Exception {
        int highest = Stream.of("common", "h2", "postgresql")
                .flatMap(folder -> {
                    try {
                        return migrations(MIGRATIONS.resolve(folder)).keySet().stream();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .mapToInt(Integer::intValue).max().orElseThrow();
        assertEquals(highest, Database.SCHEMA_VERSION,
                "after adding a migration, set Database.SCHEMA_VERSION to its version (start-up skips Flyway when current)");
    }

    @Test
    void everyVendorFolderHasTheSameVersionsAndNoneIsAlsoCommon() throws Exception {
        Map<Integer, String> h2 = migrations(MIGRATIONS.resolve("h2"));
        assertEquals(h2, migrations(MIGRATIONS.resolve("postgresql")),
                "a vendor-specific migration needs its port with the same version and description in h2/ and postgresql/");
        Map<Integer, String> common = migrations(MIGRATIONS.resolve("common"));
        assertTrue(common.keySet().stream().noneMatch(h2::containsKey), "a version is either common or per vendor");
    }

    @Test
    void noMigrationOutsideTheLocationFolders() throws Exception {
        // Flyway reads db/migration/common plus the vendor's folder: a script left directly in
        // db/migration would silently never run.
        assertEquals(Map.of(), migrations(MIGRATIONS), "move new migrations into db/migration/common/ (portable SQL)");
    }
}
