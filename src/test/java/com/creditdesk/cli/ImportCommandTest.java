package com.creditdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportCommandTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result run(String stdin, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("--db", dir.resolve("db").toString()));
        args.addAll(List.of(argv));
        int code = new CommandLineApp(CommandRegistry.standard()).run(GlobalOptions.parse(args.toArray(String[]::new)),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(ImportCommandTest.class.getResource("/fixtures/" + name).toURI()).toString();
    }

    @Test
    void dryRunJsonIsOneDocumentWithTheOracleShape() throws Exception {
        Result result = run("", "import", fixture("xingtai-2019-tasks.xlsx"), "--dry-run", "--json");
        assertEquals(0, result.code(), result.err());
        assertEquals(1, result.out().strip().lines().count());
        JsonNode root = new ObjectMapper().readTree(result.out());
        assertEquals("xingtai-2019-tasks.xlsx", root.get("file").asText());
        JsonNode table = root.get("tables").get(0);
        assertEquals("TASK_LEDGER", table.get("kind").asText());
        assertEquals("序号", table.get("cells").get(0).get(0).asText());
        assertTrue(table.get("cells").get(1).get(1).isNull());
        assertEquals("[1,0,1,5]", table.get("merges").get(0).toString());
        assertEquals("sect", table.get("kinds").get(1).asText());
        assertEquals(4, root.get("tasks").size());
        assertEquals("SECTION", root.get("tasks").get(0).get("kind").asText());
        assertTrue(root.get("indicators").isArray());
        assertTrue(root.get("units").size() > 10);
        assertTrue(root.get("warnings").isArray());
        assertFalse(Files.exists(dir.resolve("db.mv.db")), "a dry run never opens the database");
    }

    @Test
    void importWritesAndPrintsCountsThenAsksBeforeImportingTheSameFileAgain() throws Exception {
        Result first = run("", "import", fixture("xingtai-2021-plan.docx"));
        assertEquals(0, first.code(), first.err());
        JsonNode counts = new ObjectMapper().readTree(first.out());
        assertEquals(List.of("campaign", "tasks", "indicators", "units", "newUnits", "warnings"),
                iterable(counts.fieldNames()));
        assertEquals(1, counts.get("campaign").asLong());
        assertTrue(counts.get("tasks").asInt() >= 22, "2 sections, 20 tasks and their milestones");
        assertEquals(44, counts.get("indicators").asInt());
        assertTrue(counts.get("newUnits").asInt() > 10);

        Result again = run("", "import", fixture("xingtai-2021-plan.docx"));
        assertEquals(2, again.code());
        assertTrue(again.err().contains("以前已导入过") && again.err().contains("--update"), again.err());

        Result update = run("", "import", fixture("xingtai-2021-plan.docx"), "--update");
        assertEquals(0, update.code(), update.err());
        JsonNode updated = new ObjectMapper().readTree(update.out());
        assertEquals(1, updated.get("campaign").asLong());
        assertEquals(0, updated.get("newUnits").asInt());

        Result second = run("", "import", fixture("xingtai-2021-plan.docx"), "--new");
        assertEquals(0, second.code(), second.err());
        assertEquals(2, new ObjectMapper().readTree(second.out()).get("campaign").asLong());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    @Test
    void damagedFileGivesOneChineseLine() throws Exception {
        Path bad = Files.write(dir.resolve("坏文件.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        Result result = run("", "import", bad.toString(), "--dry-run", "--json");
        assertEquals(1, result.code());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains("坏文件.docx") && result.err().contains("无法读取"), result.err());
        assertFalse(result.err().contains("\tat "));
    }

    private static int deadlines(JsonNode nodes) {
        int n = 0;
        for (JsonNode node : nodes) {
            n += (node.get("deadlineText").isNull() ? 0 : 1) + deadlines(node.get("children"));
        }
        return n;
    }

    @Test
    void columnOptionOverridesTheRecognisedRole() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode plain = json.readTree(run("", "import", fixture("xingtai-2019-tasks.xlsx"), "--dry-run", "--json").out());
        assertEquals("DEADLINE", plain.get("tables").get(0).get("roles").get(5).asText());
        assertTrue(deadlines(plain.get("tasks")) > 0);

        Result result = run("", "import", fixture("xingtai-2019-tasks.xlsx"), "--dry-run", "--json",
                "--column", "0:5=NOTE", "--column", "0:4=lead");
        assertEquals(0, result.code(), result.err());
        JsonNode remapped = json.readTree(result.out());
        JsonNode roles = remapped.get("tables").get(0).get("roles");
        assertEquals("NOTE", roles.get(5).asText());
        assertEquals("LEAD", roles.get(4).asText());
        assertEquals(0, deadlines(remapped.get("tasks")));
        assertEquals(plain.get("tasks").size(), remapped.get("tasks").size());
    }

    @Test
    void columnOptionErrors() throws Exception {
        Result malformed = run("", "import", fixture("xingtai-2019-tasks.xlsx"), "--dry-run", "--column", "0-5=NOTE");
        assertEquals(2, malformed.code());
        assertTrue(malformed.err().contains("列映射“0-5=NOTE”写法不对"), malformed.err());
        assertEquals(2, run("", "import", "a.xlsx", "--column", "0:5=WHATEVER").code());
        assertEquals(2, run("", "import", "a.xlsx", "--column").code());

        Result missing = run("", "import", fixture("xingtai-2019-tasks.xlsx"), "--dry-run", "--column", "0:9=NOTE");
        assertEquals(1, missing.code());
        assertEquals("无法按设定的列映射读取第 1 个表格：该表格只有 6 列，没有第 10 列。请检查列映射中的列号。",
                missing.err().strip());
    }

    @Test
    void badArguments() {
        assertEquals(2, run("", "import").code());
        assertEquals(2, run("", "import", "a.docx", "--kind", "x").code());
        assertEquals(2, run("", "units", "--bogus").code());
    }

    @Test
    void unitsPrintsOneObjectPerLine() throws Exception {
        Result result = run("牵头单位：市发展改革委；责任单位：市财政局、市税务局等相关部门\n\n各县（市、区）人民政府，市有关单位\n", "units");
        assertEquals(0, result.code(), result.err());
        List<String> lines = result.out().strip().lines().toList();
        assertEquals(2, lines.size());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("[\"市发展改革委\",\"市财政局\",\"市税务局\"]", first.get("units").toString());
        assertEquals("[\"市发展改革委\"]", first.get("lead").toString());
        assertEquals("[\"等相关部门\"]", first.get("dropped").toString());
        assertEquals("牵头单位：市发展改革委；责任单位：市财政局、市税务局等相关部门", first.get("text").asText());
        JsonNode second = new ObjectMapper().readTree(lines.get(1));
        assertEquals("[\"各县（市、区）人民政府\",\"市有关单位\"]", second.get("units").toString());
        Result lead = run("市金融办、市人行\n", "units", "--first-is-lead");
        assertEquals("[\"市金融办\"]", new ObjectMapper().readTree(lead.out()).get("lead").toString());
    }
}
