package com.creditdesk.logic.importer;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.importer.ImportOptions;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Damaged, disguised, empty, encrypted and oversized files: always a UserFacingException with a
 * Chinese message naming the file, never another exception.
 */
class BadInputTest {

    static final List<String> FIXTURES = Fixtures.ALL;
    private static final Messages CHINESE = Messages.of(Messages.CHINESE);

    @TempDir
    Path dir;

    private static UserFacingException expectFailure(Path file) {
        return expectFailure(file, ImportOptions.defaults());
    }

    private static UserFacingException expectFailure(Path file, ImportOptions options) {
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> new NoticeImporter().preview(file, options), file.getFileName().toString());
        String message = e.localizedMessage(CHINESE);
        assertTrue(message.contains(file.getFileName().toString()), message);
        assertTrue(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), message);
        return e;
    }

    /** A mutation may leave a file readable; it must then read or fail cleanly, nothing else. */
    private static void readsOrFailsCleanly(Path file) {
        try {
            new NoticeImporter().preview(file, ImportOptions.defaults());
        } catch (UserFacingException expected) {
            assertTrue(expected.localizedMessage(CHINESE).contains(file.getFileName().toString()));
        } catch (RuntimeException | Error other) {
            fail(file.getFileName() + " threw " + other);
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void truncated(String fixture) throws IOException {
        byte[] bytes = Files.readAllBytes(Fixtures.path(fixture));
        for (int length : new int[] {1, 10, 100, bytes.length / 3, bytes.length / 2, bytes.length * 9 / 10, bytes.length - 1}) {
            Path file = write("cut-" + length + "-" + fixture, Arrays.copyOf(bytes, length));
            if (fixture.endsWith(".xls") && length > bytes.length / 2) {
                readsOrFailsCleanly(file); // BIFF keeps its data early in the file; the tail may be padding
            } else {
                expectFailure(file);
            }
        }
    }

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void bytesFlipped(String fixture) throws IOException {
        byte[] bytes = Files.readAllBytes(Fixtures.path(fixture));
        Random random = new Random(fixture.hashCode());
        for (int round = 0; round < 8; round++) {
            byte[] copy = bytes.clone();
            for (int i = 0; i < 1 + round * 5; i++) {
                int at = random.nextInt(copy.length);
                copy[at] = (byte) ~copy[at];
            }
            readsOrFailsCleanly(write("flip-" + round + "-" + fixture, copy));
        }
    }

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void randomBinaryAndEmpty(String fixture) throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        expectFailure(write("noise-" + fixture, noise));
        assertEquals("error.import.empty", expectFailure(write("empty-" + fixture, new byte[0])).key());
    }

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void wrongExtension(String fixture) throws IOException {
        byte[] bytes = Files.readAllBytes(Fixtures.path(fixture));
        String base = fixture.substring(0, fixture.lastIndexOf('.'));
        for (String extension : List.of("docx", "xlsx", "xls", "doc")) {
            if (!fixture.endsWith("." + extension)) {
                expectFailure(write(base + "-renamed." + extension, bytes));
            }
        }
        expectFailure(write(base + "-renamed.txt", bytes));
    }

    @Test
    void zipEntriesRemoved() throws IOException {
        for (String fixture : FIXTURES) {
            if (fixture.endsWith(".xls")) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(Fixtures.path(fixture));
            String main = fixture.endsWith(".docx") ? "word/document.xml" : "xl/workbook.xml";
            for (String entry : List.of(main, "[Content_Types].xml", "_rels/.rels")) {
                expectFailure(write("no-" + entry.replace('/', '_') + "-" + fixture, withoutEntry(bytes, entry)));
            }
        }
    }

    private static byte[] withoutEntry(byte[] zip, String removed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ZipOutputStream zipOut = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (!entry.getName().equals(removed)) {
                    zipOut.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(zipOut);
                    zipOut.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    @Test
    void passwordProtected() throws Exception {
        for (String fixture : List.of("xingtai-2019-tasks.xlsx", "xingtai-2019-tasks.docx")) {
            Path encrypted = dir.resolve("locked-" + fixture);
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
                encryptor.confirmPassword("secret");
                try (OPCPackage opc = OPCPackage.open(Files.newInputStream(Fixtures.path(fixture)));
                     OutputStream os = encryptor.getDataStream(fs)) {
                    opc.save(os);
                }
                try (OutputStream out = Files.newOutputStream(encrypted)) {
                    fs.writeFilesystem(out);
                }
            }
            assertEquals("error.import.encrypted", expectFailure(encrypted).key());
        }
    }

    @Test
    void sizeLimitCheckedBeforeReading() throws IOException {
        Path file = Fixtures.path("xingtai-2019-tasks.docx");
        UserFacingException e = expectFailure(file, ImportOptions.defaults().withMaxFileBytes(1024));
        assertEquals("error.import.tooLarge", e.key());
        Path big = dir.resolve("big.xlsx");
        try (var channel = Files.newByteChannel(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            channel.position(ImportOptions.DEFAULT_MAX_FILE_BYTES + 1);
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {1}));
        }
        assertEquals("error.import.tooLarge", expectFailure(big).key());
    }

    @Test
    void formatsNotRead() throws IOException {
        assertEquals("error.import.wpsFormat", expectFailure(write("通知.wps", new byte[] {1, 2, 3})).key());
        assertEquals("error.import.wpsFormat", expectFailure(write("台账.et", new byte[] {1, 2, 3})).key());
        assertEquals("error.import.unsupported", expectFailure(write("台账.pdf", "%PDF-1.4".getBytes())).key());
        assertEquals("error.import.notFound", expectFailure(dir.resolve("missing.docx")).key());
        expectFailure(write("fake.doc", "not a word file".getBytes()));
    }

    @Test
    void tabSeparatedText() throws IOException {
        Path file = write("台账.txt", ("附件\n任务台账\n序号\t主要任务\t责任单位\t完成时限\n"
                + "1\t建设平台\t市发展改革委、市财政局\t6月底前\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var preview = new NoticeImporter().preview(file, ImportOptions.defaults());
        assertEquals("任务台账", preview.tables().get(0).title());
        assertEquals(List.of("市发展改革委", "市财政局"), preview.tasks().get(0).units().units());
        assertEquals("6月底前", preview.tasks().get(0).deadlineText());
        Path gbk = write("台账-gbk.tsv", "序号\t主要任务\t责任单位\n1\t建设平台\t市信用办\n".getBytes(java.nio.charset.Charset.forName("GB18030")));
        assertEquals("建设平台", new NoticeImporter().preview(gbk, ImportOptions.defaults()).tasks().get(0).title());
    }
}
