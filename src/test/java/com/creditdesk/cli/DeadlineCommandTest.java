package com.creditdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... argv) {
        return new CommandLineApp(CommandRegistry.standard()).run(GlobalOptions.parse(argv),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        return out.toString(StandardCharsets.UTF_8).lines().map(line -> {
            try {
                return mapper.readTree(line);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }).toList();
    }

    @Test
    void printsOneJsonObjectPerPhrase() throws Exception {
        Path db = dir.resolve("never.mv.db");
        int code = run("6 月底前\n4 月底前降到平均线以下，6 月底前低于万分之一\n\n每季度末月10日前\n5个工作日内\n创建期内\n胡说\n",
                "--db", db.toString(), "deadline", "--ref", "2021-03-05");
        assertEquals(CommandLineApp.OK, code, err.toString(StandardCharsets.UTF_8));
        List<JsonNode> json = lines();
        assertEquals(6, json.size());

        JsonNode date = json.get(0);
        assertEquals("6 月底前", date.get("text").asText());
        assertEquals("date", date.get("kind").asText());
        assertTrue(date.get("start").isNull());
        assertEquals("2021-06-30", date.get("due").asText());
        assertTrue(date.get("milestones").isEmpty());
        assertTrue(date.get("recurrence").isNull());
        assertTrue(date.get("relative").isNull());
        assertFalse(date.get("review").asBoolean());
        assertEquals(List.of("text", "kind", "start", "due", "milestones", "recurrence", "relative", "review"),
                List.copyOf(iterable(date)));

        JsonNode milestones = json.get(1).get("milestones");
        assertEquals(2, milestones.size());
        assertEquals("2021-04-30", milestones.get(0).get("due").asText());
        assertEquals("4 月底前降到平均线以下", milestones.get(0).get("text").asText());

        JsonNode recurring = json.get(2);
        assertEquals("recurring", recurring.get("kind").asText());
        assertEquals("quarterly", recurring.get("recurrence").get("cadence").asText());
        assertEquals(10, recurring.get("recurrence").get("day").asInt());
        assertEquals(3, recurring.get("recurrence").get("monthInPeriod").asInt());

        JsonNode relative = json.get(3);
        assertEquals("relative", relative.get("kind").asText());
        assertEquals(5, relative.get("relative").get("amount").asInt());
        assertEquals("working_days", relative.get("relative").get("unit").asText());
        assertEquals("发文日期", relative.get("relative").get("anchor").asText());
        assertEquals("2021-03-12", relative.get("due").asText());

        assertTrue(json.get(4).get("review").asBoolean());
        assertTrue(json.get(4).get("due").isNull());
        assertEquals("unknown", json.get(5).get("kind").asText());
        assertFalse(Files.exists(db), "the deadline command must not open the database");
    }

    @Test
    void campaignOptionsFillCampaignPhrases() throws Exception {
        int code = run("创建期内\n创建期末\n", "deadline", "--ref", "2022-03-15",
                "--campaign-start", "2022-02-01", "--campaign-end", "2022-11-30");
        assertEquals(CommandLineApp.OK, code);
        List<JsonNode> json = lines();
        assertEquals("2022-02-01", json.get(0).get("start").asText());
        assertEquals("2022-11-30", json.get(0).get("due").asText());
        assertEquals("2022-11-30", json.get(1).get("due").asText());
    }

    @Test
    void badReferenceDateIsAUsageErrorInChinese() {
        int code = run("6月底前\n", "deadline", "--ref", "2021-13-01");
        assertEquals(CommandLineApp.USAGE, code);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("2021-13-01") && message.contains("YYYY-MM-DD"), message);
        assertTrue(out.toString(StandardCharsets.UTF_8).isEmpty());
    }

    @Test
    void unknownOptionAndMissingDateAreUsageErrors() {
        assertEquals(CommandLineApp.USAGE, run("", "deadline", "--when", "2021-01-01"));
        assertEquals(CommandLineApp.USAGE, run("", "deadline", "--ref"));
        assertEquals(CommandLineApp.USAGE, run("", "deadline", "--campaign-start", "2022-12-01", "--campaign-end", "2022-01-01"));
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
