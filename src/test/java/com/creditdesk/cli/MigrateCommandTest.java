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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands of the shared server database, on embedded files (the server side is in logic tests). */
class MigrateCommandTest {

    @Test
    void migrateCopiesEveryTableAndSaysSoInJson(@TempDir Path dir) throws Exception {
        Path from = dir.resolve("county/creditdesk");
        try (Database db = Database.openFile(from)) {
            new ExampleCampaign(db.dsl(), "t").loadIfFirstStart();
        }
        Path to = dir.resolve("city/creditdesk");
        CommandLineAppTest.Run r = run("", "migrate", "--from", from.toString(), "--to", to.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(22, json.get("tables").get("task").asInt());
        assertTrue(json.get("verified").asBoolean());

        CommandLineAppTest.Run again = run("", "migrate", "--from", from.toString(), "--to", to.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("--replace"), again.err());
        assertEquals(2, run("", "migrate", "--from", from.toString()).code());
    }

    @Test
    void usersAreAddedWithAPasswordFromStdinAndListedWithoutIt(@TempDir Path dir) throws Exception {
        String db = dir.resolve("db").toString();
        CommandLineAppTest.Run added = run("县里的密码123\n", "--db", db, "users", "add", "邹城王", "--role", "county_coordinator",
                "--county", "370883");
        assertEquals(0, added.code(), added.err());
        assertEquals("已添加账号 邹城王（县（市、区）信用办协调员）。", added.out().strip());
        CommandLineAppTest.Run list = run("", "--db", db, "users");
        JsonNode user = new ObjectMapper().readTree(list.out());
        assertEquals("COUNTY_COORDINATOR", user.get("role").asText());
        assertEquals("370883", user.get("county").asText());
        assertTrue(!list.out().contains("密码"));
        assertEquals(2, run("", "--db", db, "users", "add", "x", "--role", "boss").code());
    }

    @Test
    void fileOnlyCommandsRefuseAServerDatabase(@TempDir Path dir) {
        CommandLineAppTest.Run r = run("", "--db-url", "jdbc:postgresql://127.0.0.1:1/none", "backup", "--out",
                dir.resolve("b.zip").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("命令 backup 只适用于本机的数据库文件"), r.err());
        CommandLineAppTest.Run bad = run("", "--db-url", "mysql://x", "tasks");
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("不正确"), bad.err());
    }
}
