package com.creditdesk.logic.evidence;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.files.TableContentStore;
import com.creditdesk.logic.transfer.DatabaseTransfer;
import com.creditdesk.model.evidence.CopyProgress;
import com.creditdesk.model.evidence.Delivery;
import com.creditdesk.model.evidence.EvidenceItem;
import com.creditdesk.model.evidence.IntegrityProblem.Kind;
import com.creditdesk.model.evidence.IntegrityReport;
import com.creditdesk.testutil.TestDatabases;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.creditdesk.logic.db.generated.Tables.FILE_CONTENT;
import static com.creditdesk.logic.db.generated.Tables.STORED_FILE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The integrity check, the binder and the evidence files of a server (or in-memory) database: the
 * contents are rows of file_content, written in the same transaction as the evidence rows.
 */
class IntegrityAndBinderTableTest extends IntegrityAndBinderTest {

    @Override
    EvidenceFixture fixture() {
        return EvidenceFixture.inTable(dir);
    }

    @Override
    @Disabled("about the files/ folder beside an H2 file; the table's check is checkFindsATamperedMissingAndOrphanContentRow")
    @Test
    void checkFindsTamperedMissingAndOrphanFilesAndFilesSurviveReopening() {
    }

    private static EvidenceItem attach(EvidenceFixture f, int index, Path file) {
        long requirementId = f.requirementIds().get(index);
        long unitId = f.service.requirement(requirementId).orElseThrow().units().get(0).id();
        return f.service.attach(requirementId, unitId, List.of(file), Delivery.none(), CopyProgress.NONE);
    }

    @Test
    void theWindowAndTheCommandsGetTheTableStoreOfAServerOrInMemoryDatabase() {
        try (Database db = TestDatabases.fresh()) {
            assertTrue(EvidenceSettings.store(db, null).inDatabase());
            assertEquals("file_content", EvidenceSettings.store(db, null).location());
        }
        try (Database db = Database.openFile(dir.resolve("data/creditdesk"))) {
            FileStore store = EvidenceSettings.store(db, null);
            assertFalse(store.inDatabase());
            assertEquals(dir.resolve("data/files").toAbsolutePath(), store.root());
        }
    }

    @Test
    void checkFindsATamperedMissingAndOrphanContentRow() throws Exception {
        try (EvidenceFixture f = fixture()) {
            String sha = attach(f, 0, f.file("a.pdf", "original")).files().get(0).sha256();
            attach(f, 1, f.file("b.pdf", "another"));
            assertFalse(Files.exists(dir.resolve("files")), "nothing is written beside the database");
            IntegrityChecker checker = new IntegrityChecker(f.db.dsl(), f.store);
            IntegrityReport clean = checker.check();
            assertTrue(clean.ok(), clean.toString());
            assertEquals(2, clean.filesChecked());

            f.db.dsl().update(FILE_CONTENT).set(FILE_CONTENT.CONTENT, "tampered".getBytes(StandardCharsets.UTF_8))
                    .where(FILE_CONTENT.SHA256.eq(sha)).execute();
            IntegrityReport tampered = checker.check();
            assertEquals(1, tampered.of(Kind.FILE_CHANGED).size(), tampered.toString());
            assertTrue(tampered.of(Kind.FILE_CHANGED).get(0).detail().startsWith("file_content/" + sha));
            assertEquals(1, tampered.problems().size());

            f.db.dsl().deleteFrom(FILE_CONTENT).where(FILE_CONTENT.SHA256.eq(sha)).execute();
            assertEquals(1, checker.check().of(Kind.FILE_MISSING).size());

            String orphan = "ab" + "0".repeat(62);
            new TableContentStore(f.db.dsl()).write(orphan, "left by hand".getBytes(StandardCharsets.UTF_8));
            IntegrityReport report = checker.check();
            assertEquals(List.of(orphan), report.of(Kind.ORPHAN_FILE).stream().map(p -> p.subject()).toList());
            assertEquals(1, checker.removeOrphans(report));
            assertEquals(List.of(Kind.FILE_MISSING), checker.check().problems().stream().map(p -> p.kind()).toList());
        }
    }

    @Test
    void aFileAboveTheLimitIsRefusedBeforeItIsReadAndLeavesNoRow() throws Exception {
        try (EvidenceFixture f = fixture()) {
            FileStore small = FileStore.inDatabase(f.db.dsl(), 10);
            EvidenceService service = new EvidenceService(f.db.dsl(), "t", small);
            long requirementId = f.requirementIds().get(0);
            long unitId = service.requirement(requirementId).orElseThrow().units().get(0).id();
            Path big = f.file("大.pdf", "more than ten bytes");
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> service.attach(requirementId, unitId, List.of(f.file("ok.pdf", "small"), big), Delivery.none(),
                            CopyProgress.NONE));
            assertEquals("evidence.error.tooLarge", e.key());
            assertEquals(0, f.db.dsl().fetchCount(FILE_CONTENT), "the first file's row went with the transaction");
            assertEquals(0, f.db.dsl().fetchCount(STORED_FILE));
        }
    }

    @Test
    void openingAndViewingReadTheRowAndDetachingTheLastUseDeletesIt() throws Exception {
        try (EvidenceFixture f = fixture()) {
            EvidenceItem item = attach(f, 0, f.file("说明.txt", "情况说明"));
            long fileId = item.files().get(0).id();
            try (InputStream in = f.service.openFile(fileId)) {
                assertArrayEquals("情况说明".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
            }
            Path viewable = f.service.viewablePath(fileId, dir.resolve("view"));
            assertTrue(viewable.startsWith(dir.resolve("view")), "a copy: the content has no file of its own");
            assertEquals("情况说明", Files.readString(viewable));
            f.service.detachFile(item.id(), item.version(), fileId);
            assertEquals(0, f.db.dsl().fetchCount(FILE_CONTENT));
        }
    }

    @Test
    void migrateMovesTableContentsToAFileDatabaseWhereTheCheckPasses() throws Exception {
        Path home = dir.resolve("home/creditdesk");
        try (EvidenceFixture f = fixture(); Database file = Database.openFile(home)) {
            attach(f, 0, f.file("a.pdf", "server copy"));
            new DatabaseTransfer().copy(f.db, file, false);
            FileStore store = EvidenceSettings.store(file, null);
            IntegrityReport report = new IntegrityChecker(file.dsl(), store).check();
            assertTrue(report.ok(), report.toString());
            assertEquals(1, report.filesChecked());
        }
    }
}
