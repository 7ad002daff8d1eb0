package com.creditdesk.logic.db;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SchemaVersionTest {

    @Test
    void schemaVersionConstantMatchesTheNewestMigration() throws Exception {
        int highest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            highest = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElseThrow();
        }
        assertEquals(highest, Database.SCHEMA_VERSION,
                "after adding a migration, set Database.SCHEMA_VERSION to its version (start-up skips Flyway when current)");
    }
}
