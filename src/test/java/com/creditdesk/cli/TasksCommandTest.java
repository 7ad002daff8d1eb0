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

class TasksCommandTest {

    @Test
    void printsTheLedgerAsJson(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        try (Database database = Database.openFile(db)) {
            new ExampleCampaign(database.dsl(), "t").loadIfFirstStart();
        }
        CommandLineAppTest.Run r = run("", "--db", db.toString(), "tasks");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(22, json.get("tasks").size());
        JsonNode first = json.get("tasks").get(1);
        assertEquals("（一）", first.get("seq").asText());
        assertEquals("6 月底前", first.get("deadlineText").asText());
        assertEquals("responsible", first.get("units").get(0).get("role").asText());
    }

    @Test
    void emptyDatabaseAndBadArgumentsGiveClearMessages(@TempDir Path dir) {
        String db = dir.resolve("db").toString();
        CommandLineAppTest.Run empty = run("", "--db", db, "tasks");
        assertEquals(1, empty.code());
        assertEquals("数据库中还没有创建方案。", empty.err().strip());
        CommandLineAppTest.Run bad = run("", "--db", db, "tasks", "--campaign", "abc");
        assertEquals(2, bad.code());
        assertEquals("“abc”不是有效的数字。", bad.err().lines().findFirst().orElseThrow());
    }
}
