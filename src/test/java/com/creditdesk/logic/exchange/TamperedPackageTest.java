package com.creditdesk.logic.exchange;

import org.junit.jupiter.api.Tag;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.testutil.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Damaged, altered, incomplete, foreign and wrongly signed packages: refused with a Chinese
 * message naming the file, the city's database and file store exactly as before.
 */
@Tag("db")
class TamperedPackageTest {

    private static final Messages CHINESE = Messages.of(Messages.CHINESE);
    private static final byte[] KEY = "共享密钥-2021".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    County county;
    Database city;
    Path cityFiles;
    byte[] good;
    byte[] signed;
    Map<String, String> before;

    @BeforeEach
    void setUp() throws IOException {
        county = new County(dir, "130502", "襄都区");
        county.edit(ExchangeTest.RULES, TaskStatus.DONE, "已印发");
        county.addEvidence(ExchangeTest.RULES, "信用制度文件（加盖公章）", "制度.pdf", "%PDF-1.4 盖章件".getBytes(StandardCharsets.UTF_8));
        good = Files.readAllBytes(county.export(dir.resolve("good.zip"), null));
        signed = Files.readAllBytes(county.export(dir.resolve("signed.zip"), KEY));
        city = TestDatabases.fresh();
        cityFiles = dir.resolve("city-files");
        // The city already holds an earlier package: refusals must leave it exactly as it is.
        new PackageReceiver(city.dsl(), cityFiles, "市").receive(dir.resolve("good.zip"), null);
        before = TestDatabases.snapshot(city.dsl());
    }

    @AfterEach
    void tearDown() {
        county.close();
        city.close();
    }

    private UserFacingException refused(String name, byte[] bytes, byte[] key) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        long filesBefore = countFiles();
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> new PackageReceiver(city.dsl(), cityFiles, "市").receive(file, key), name);
        String message = e.localizedMessage(CHINESE);
        assertTrue(e.key().startsWith("exchange.error."), e.key());
        assertTrue(message.contains(name), message);
        assertTrue(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), message);
        assertEquals(before, TestDatabases.snapshot(city.dsl()), name + ": the database must be unchanged");
        assertEquals(filesBefore, countFiles(), name + ": the file store must be unchanged");
        return e;
    }

    private long countFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(cityFiles)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void flippedBytesAnywhere() throws IOException {
        Random random = new Random(42);
        for (int round = 0; round < 20; round++) {
            byte[] copy = good.clone();
            int at = random.nextInt(copy.length);
            copy[at] = (byte) ~copy[at];
            Path file = Files.write(dir.resolve("flip-" + round + ".zip"), copy);
            try {
                new PackageReceiver(city.dsl(), cityFiles, "市").receive(file, null);
                // A flip in a zip field nobody reads (a timestamp, the comment) changes nothing that matters.
                assertEquals(before.get("TASK"), TestDatabases.snapshot(city.dsl()).get("TASK"));
                city.close();
                setUpCityAgain();
            } catch (UserFacingException e) {
                assertTrue(e.key().startsWith("exchange.error."), e.key());
                assertEquals(before, TestDatabases.snapshot(city.dsl()), "flip at " + at);
            }
        }
    }

    private void setUpCityAgain() {
        city = TestDatabases.fresh();
        new PackageReceiver(city.dsl(), cityFiles, "市").receive(dir.resolve("good.zip"), null);
        before = TestDatabases.snapshot(city.dsl());
    }

    @Test
    void alteredLedgerWithTheOriginalManifest() throws IOException {
        byte[] altered = rewrite(good, (name, bytes) -> name.equals(PackageFormat.LEDGER)
                ? new String(bytes, StandardCharsets.UTF_8).replace("已印发", "已完成").getBytes(StandardCharsets.UTF_8) : bytes);
        assertEquals("exchange.error.tampered", refused("altered.zip", altered, null).key());
        byte[] file = rewrite(good, (name, bytes) -> name.startsWith(PackageFormat.FILES) ? "伪造".getBytes(StandardCharsets.UTF_8) : bytes);
        assertEquals("exchange.error.tampered", refused("fake-file.zip", file, null).key());
    }

    @Test
    void removedEntries() throws IOException {
        assertEquals("exchange.error.missingPart", refused("no-ledger.zip", without(good, PackageFormat.LEDGER), null).key());
        String evidence = entryNames(good).filter(n -> n.startsWith(PackageFormat.FILES)).findFirst().orElseThrow();
        assertEquals("exchange.error.missingPart", refused("no-file.zip", without(good, evidence), null).key());
        assertEquals("exchange.error.notAPackage", refused("no-manifest.zip", without(good, PackageFormat.MANIFEST), null).key());
        assertEquals("exchange.error.keyRequired", refused("signed-no-key.zip", signed, null).key());
        assertEquals("exchange.error.signatureMissing",
                refused("signature-removed.zip", without(signed, PackageFormat.SIGNATURE), KEY).key());
    }

    @Test
    void wrongKeyOrAddedEntry() throws IOException {
        assertEquals("exchange.error.signatureMismatch",
                refused("wrong-key.zip", signed, "别的密钥".getBytes(StandardCharsets.UTF_8)).key());
        byte[] extra = rewrite(good, (name, bytes) -> bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out); ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(extra))) {
            copyEntries(in, zip, (name, bytes) -> bytes, null);
            zip.putNextEntry(new ZipEntry("files/run-me.exe"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        }
        assertEquals("exchange.error.tampered", refused("extra.zip", out.toByteArray(), null).key());
    }

    @Test
    void wrongTypeTruncatedOrEmpty() throws IOException {
        assertEquals("exchange.error.unreadable", refused("empty.zip", new byte[0], null).key());
        assertEquals("exchange.error.unreadable", refused("half.zip", java.util.Arrays.copyOf(good, good.length / 2), null).key());
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertEquals("exchange.error.unreadable", refused("noise.zip", noise, null).key());
        byte[] docx = Files.readAllBytes(Path.of("src/test/resources/fixtures/xingtai-2019-tasks.docx"));
        assertEquals("exchange.error.notAPackage", refused("通知.docx", docx, null).key());
    }

    @Test
    void olderPackageFromTheSameCountyRefused() throws IOException {
        byte[] older = rewriteManifest(good, m -> m.replaceFirst("\"createdAt\" : \"\\d{4}", "\"createdAt\" : \"2001"));
        assertEquals("exchange.error.older", refused("older.zip", older, null).key());
    }

    private interface Change {
        byte[] apply(String name, byte[] bytes);
    }

    /** The package with the manifest edited as text (and its checksums then still match). */
    private static byte[] rewriteManifest(byte[] zip, UnaryOperator<String> edit) throws IOException {
        return rewrite(zip, (name, bytes) -> name.equals(PackageFormat.MANIFEST)
                ? edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : bytes);
    }

    private static byte[] rewrite(byte[] zip, Change change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            copyEntries(in, zipOut, change, null);
        }
        return out.toByteArray();
    }

    private static byte[] without(byte[] zip, String removed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            copyEntries(in, zipOut, (name, bytes) -> bytes, removed);
        }
        return out.toByteArray();
    }

    private static void copyEntries(ZipInputStream in, ZipOutputStream out, Change change, String skip) throws IOException {
        ZipEntry entry;
        while ((entry = in.getNextEntry()) != null) {
            if (entry.getName().equals(skip)) {
                continue;
            }
            out.putNextEntry(new ZipEntry(entry.getName()));
            out.write(change.apply(entry.getName(), in.readAllBytes()));
            out.closeEntry();
        }
    }

    private static Stream<String> entryNames(byte[] zip) throws IOException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                names.add(entry.getName());
            }
        }
        return names.stream();
    }
}
