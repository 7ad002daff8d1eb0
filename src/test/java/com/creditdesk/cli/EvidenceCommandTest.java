package com.creditdesk.cli;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.importer.DatabaseImportWriter;
import com.creditdesk.logic.importer.NoticeImporter;
import com.creditdesk.model.importer.ImportOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.creditdesk.cli.CommandLineAppTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void listAttachReviewCheckAndBinder(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("data/creditdesk");
        try (Database database = Database.openFile(db)) {
            Path fixture = Path.of(getClass().getResource("/fixtures/puyang-2021-basic.docx").toURI());
            new DatabaseImportWriter(database.dsl(), "t").write(new NoticeImporter().preview(fixture, ImportOptions.defaults()),
                    ImportOptions.defaults().withSourceFile(fixture));
        }
        CommandLineAppTest.Run list = run("", "--db", db.toString(), "evidence", "list");
        assertEquals(0, list.code(), list.err());
        List<JsonNode> requirements = lines(list.out());
        assertEquals(12, requirements.size());
        JsonNode first = requirements.get(0);
        assertEquals("MISSING", first.get("state").asText());
        String unit = first.get("units").get(0).get("unit").asText();
        long requirement = first.get("requirement").asLong();

        Path file = Files.writeString(dir.resolve("制度.pdf"), "%PDF fake");
        CommandLineAppTest.Run attach = run("", "--db", db.toString(), "evidence", "attach", String.valueOf(requirement),
                file.toString(), "--unit", unit, "--by", "王五");
        assertEquals(0, attach.code(), attach.err());
        JsonNode item = JSON.readTree(attach.out());
        assertEquals("SUBMITTED", item.get("status").asText());
        assertEquals("制度.pdf", item.get("files").get(0).get("name").asText());

        CommandLineAppTest.Run again = run("", "--db", db.toString(), "evidence", "attach", String.valueOf(requirement),
                file.toString(), "--unit", unit);
        assertEquals(1, again.code());
        assertTrue(again.err().contains("内容完全相同"), again.err());
        CommandLineAppTest.Run missingFile = run("", "--db", db.toString(), "evidence", "attach", String.valueOf(requirement),
                dir.resolve("none.pdf").toString(), "--unit", unit);
        assertEquals(1, missingFile.code());
        assertTrue(missingFile.err().startsWith("找不到文件"), missingFile.err());

        String itemId = item.get("item").asText();
        CommandLineAppTest.Run noReason = run("", "--db", db.toString(), "evidence", "review", itemId, "return");
        assertEquals(1, noReason.code());
        assertTrue(noReason.err().contains("退回原因"), noReason.err());
        CommandLineAppTest.Run returned = run("", "--db", db.toString(), "evidence", "review", itemId, "return", "--reason", "缺公章");
        assertEquals(0, returned.code(), returned.err());
        assertEquals("缺公章", JSON.readTree(returned.out()).get("returnReason").asText());

        List<JsonNode> missing = lines(run("", "--db", db.toString(), "evidence", "list", "--unit", unit, "--missing").out());
        assertTrue(missing.stream().anyMatch(n -> n.get("requirement").asLong() == requirement
                && n.get("state").asText().equals("RETURNED")));
        assertEquals(0, run("", "--db", db.toString(), "evidence", "review", itemId, "submit").code());
        assertEquals(0, run("", "--db", db.toString(), "evidence", "review", itemId, "accept").code());
        assertTrue(lines(run("", "--db", db.toString(), "evidence", "list", "--unit", unit, "--missing").out()).stream()
                .noneMatch(n -> n.get("requirement").asLong() == requirement));

        CommandLineAppTest.Run check = run("", "--db", db.toString(), "check");
        assertEquals(0, check.code(), check.out() + check.err());
        Path out = dir.resolve("binder.zip");
        CommandLineAppTest.Run binder = run("", "--db", db.toString(), "binder", "--out", out.toString());
        assertEquals(0, binder.code(), binder.err());
        assertEquals(1, JSON.readTree(binder.out()).get("files").asInt());
        assertTrue(Files.isRegularFile(out));

        String sha = item.get("files").get(0).get("sha256").asText();
        Files.writeString(dir.resolve("data/files").resolve(sha.substring(0, 2)).resolve(sha), "tampered");
        CommandLineAppTest.Run bad = run("", "--db", db.toString(), "check");
        assertEquals(1, bad.code());
        assertTrue(bad.out().contains("已被改动"), bad.out());
        assertEquals(2, run("", "--db", db.toString(), "binder").code());
        assertEquals(2, run("", "--db", db.toString(), "evidence", "frobnicate").code());
    }

    @Test
    void encryptedDatabaseStoresItsEvidenceEncryptedAndKeepsItsPasswordWhileFilesDependOnIt(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("data/creditdesk");
        char[] password = "密码s3cret".toCharArray();
        try (Database database = Database.openFile(db, password)) {
            assertEquals("密码s3cret", new String(database.filePassword().orElseThrow()));
            Path fixture = Path.of(getClass().getResource("/fixtures/puyang-2021-basic.docx").toURI());
            new DatabaseImportWriter(database.dsl(), "t").write(new NoticeImporter().preview(fixture, ImportOptions.defaults()),
                    ImportOptions.defaults().withSourceFile(fixture));
        }
        Path passwordFile = Files.writeString(dir.resolve("pw.txt"), "密码s3cret\n");
        JsonNode first = lines(run("", "--db", db.toString(), "--password-file", passwordFile.toString(), "evidence", "list").out()).get(0);
        Path file = Files.writeString(dir.resolve("制度.pdf"), "%PDF secret content");
        CommandLineAppTest.Run attach = run("", "--db", db.toString(), "--password-file", passwordFile.toString(), "evidence",
                "attach", first.get("requirement").asText(), file.toString(), "--unit", first.get("units").get(0).get("unit").asText());
        assertEquals(0, attach.code(), attach.err());
        try (Database database = Database.openFile(db, password)) {
            assertEquals(1, database.dsl().fetchCount(com.creditdesk.logic.db.generated.Tables.STORED_FILE,
                    com.creditdesk.logic.db.generated.Tables.STORED_FILE.ENCRYPTED.isTrue()));
        }
        // The stored bytes are not the plain text.
        try (var stored = Files.walk(dir.resolve("data/files"))) {
            assertTrue(stored.filter(Files::isRegularFile).noneMatch(p -> {
                try {
                    return Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1).contains("secret content");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
        CommandLineAppTest.Run decrypt = run("", "--db", db.toString(), "--password-file", passwordFile.toString(), "encrypt", "--decrypt");
        assertEquals(1, decrypt.code());
        assertTrue(decrypt.err().contains("1 个佐证材料文件以当前密码加密存储"), decrypt.err());
        assertTrue(Database.isEncrypted(db), "nothing changed");
        assertEquals(0, run("", "--db", db.toString(), "--password-file", passwordFile.toString(), "check").code());
    }
}
