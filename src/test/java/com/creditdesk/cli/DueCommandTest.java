package com.creditdesk.cli;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.demo.ExampleCampaign;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.creditdesk.cli.CommandLineAppTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DueCommandTest {

    @Test
    void listsOverdueAndDueSoonTasksWithTheirWording(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        try (Database database = Database.openFile(db)) {
            new ExampleCampaign(database.dsl(), "t").loadIfFirstStart();
        }
        CommandLineAppTest.Run r = run("", "--db", db.toString(), "due", "--today", "2021-06-25", "--within", "7");
        assertEquals(0, r.code(), r.err());
        JsonNode items = new ObjectMapper().readTree(r.out()).get("items");
        assertEquals(3, items.size());
        assertEquals("3 月底前", items.get(0).get("text").asText());
        assertEquals("2021-03-31", items.get(0).get("due").asText());
        assertEquals("overdue", items.get(0).get("group").asText());
        assertEquals(-86, items.get(0).get("daysLeft").asInt());
        assertEquals("6 月底前", items.get(1).get("text").asText());
    }

    @Test
    void badValuesAreUsageErrors(@TempDir Path dir) {
        CommandLineAppTest.Run r = run("", "--db", dir.resolve("db").toString(), "due", "--today", "2021-13-01");
        assertEquals(2, r.code());
        assertEquals("选项 --today 的值“2021-13-01”无效。", r.err().lines().findFirst().orElseThrow());
    }
}
