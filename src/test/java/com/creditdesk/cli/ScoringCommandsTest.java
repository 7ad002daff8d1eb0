package com.creditdesk.cli;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.scoring.BuiltinIndicatorSystems;
import com.creditdesk.logic.scoring.IndicatorSystemService;
import com.creditdesk.model.indicator.IndicatorSystem;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scoring commands: built-in systems from the resources, stored ones from the (temporary) database. */
class ScoringCommandsTest {

    private final ObjectMapper mapper = new ObjectMapper();
    @TempDir
    Path dataDir;
    private String out;
    private String err;

    private int run(String... argv) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        String[] withDb = new String[argv.length + 2];
        withDb[0] = "--db";
        withDb[1] = dataDir.resolve("creditdesk").toString();
        System.arraycopy(argv, 0, withDb, 2, argv.length);
        int code = new CommandLineApp(CommandRegistry.standard()).run(GlobalOptions.parse(withDb),
                new ByteArrayInputStream(new byte[0]), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        out = stdout.toString(StandardCharsets.UTF_8);
        err = stderr.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void systemsListsTheFourBuiltInSystems() throws Exception {
        assertEquals(0, run("systems"));
        JsonNode systems = mapper.readTree(out);
        assertEquals(4, systems.size());
        JsonNode zoucheng = systems.get(3);
        assertEquals("shandong-typical-city-zoucheng-2022", zoucheng.get("id").asText());
        assertEquals("100", zoucheng.get("totalPoints").asText());
        assertEquals(16, zoucheng.get("indicators").asInt());
        assertEquals(10, systems.get(2).get("vetoItems").size());
        assertTrue(zoucheng.get("builtin").asBoolean());
    }

    @Test
    void storedSystemsAreListedAndScoredToo() throws Exception {
        IndicatorSystem builtin = BuiltinIndicatorSystems.find("shandong-typical-city-zoucheng-2022").orElseThrow();
        String code;
        try (Database db = Database.openFile(dataDir.resolve("creditdesk"))) {
            code = new IndicatorSystemService(db.dsl(), "t", Messages.of(Messages.CHINESE))
                    .copy(builtin, "邹城自建副本").code();
        }
        assertEquals(0, run("systems"));
        JsonNode systems = mapper.readTree(out);
        assertEquals(5, systems.size());
        JsonNode copy = systems.get(4);
        assertEquals(code, copy.get("id").asText());
        assertEquals("邹城自建副本", copy.get("name").asText());
        assertTrue(!copy.get("builtin").asBoolean());
        assertEquals("100", copy.get("totalPoints").asText());
        assertEquals(16, copy.get("indicators").asInt());
        assertEquals(0, run("score", "--system", code));
        assertEquals("0", mapper.readTree(out).get("total").asText());
        assertTrue(mapper.readTree(out).get("missing").size() > 20);
    }

    @Test
    void scoreWithInputsFile(@TempDir Path dir) throws Exception {
        Path inputs = dir.resolve("inputs.json");
        Files.writeString(inputs, "{\"joint_domains\": 32, \"code_error_rate\": 0.02}");
        assertEquals(0, run("score", "--system", "quzhou-hard-indicators", "--inputs", inputs.toString()));
        JsonNode result = mapper.readTree(out);
        assertEquals("0.8", result.get("total").asText());
        assertEquals("code_error_rate", result.get("veto").get("failed").get(0).get("input").asText());
        assertEquals("一票否决", result.get("verdict").asText());
        JsonNode first = result.get("indicators").get(10);
        assertEquals("11", first.get("code").asText());
        assertEquals("0.8", first.get("score").asText());
        assertEquals("1", first.get("max").asText());
        assertEquals("LINEAR", first.get("rule").asText());
        assertTrue(result.get("missing").toString().contains("embedded_domains"));
        assertTrue(result.has("categories"));
    }

    @Test
    void scoreWithoutInputsListsEverythingMissing() throws Exception {
        assertEquals(0, run("score", "--system", "shandong-typical-city-zoucheng-2022"));
        JsonNode result = mapper.readTree(out);
        assertEquals("0", result.get("total").asText());
        assertTrue(result.get("indicators").get(0).get("score").isNull());
        assertTrue(result.get("missing").size() > 20);
    }

    @Test
    void scoreRejectsUnknownInputsAndSystems(@TempDir Path dir) throws Exception {
        Path inputs = dir.resolve("inputs.json");
        Files.writeString(inputs, "{\"joint_domainz\": 32}");
        assertEquals(1, run("score", "--system", "quzhou-hard-indicators", "--inputs", inputs.toString()));
        assertTrue(err.contains("joint_domainz"), err);
        assertEquals(1, run("score", "--system", "nope"));
        assertTrue(err.contains("nope"));
        assertEquals(2, run("score"));
        Files.writeString(inputs, "{not json");
        assertEquals(1, run("score", "--system", "quzhou-hard-indicators", "--inputs", inputs.toString()));
        assertTrue(err.startsWith("无法读取输入文件"), err);
    }

    @Test
    void ruleProposesATypedRule() throws Exception {
        assertEquals(0, run("rule", "--text", "每一个领域实质性开展工作并形成案例得 0.3 分，最高得 6分。"));
        JsonNode result = mapper.readTree(out);
        assertEquals("PER_ITEM", result.get("kind").asText());
        assertEquals("0.3", result.get("rule").get("pointsPerItem").asText());
        assertEquals("6", result.get("rule").get("cap").asText());
        assertEquals(2, run("rule"));
        assertEquals(0, run("rule", "--text", "对信用网站持续建设优化"));
        assertEquals("UNKNOWN", mapper.readTree(out).get("kind").asText());
    }
}
