package com.creditdesk.logic.backup;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditEntry;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.db.DataDirectory;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.demo.ExampleCampaign;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskEdit;
import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.testutil.TestDatabases;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupServiceTest {

    private final BackupService service = new BackupService();

    static Map<String, String> snapshot(DSLContext dsl) {
        return TestDatabases.snapshot(dsl);
    }

    private static Path setUpData(Path dir) throws IOException {
        Path dbFile = dir.resolve("creditdesk");
        try (Database db = Database.openFile(dbFile)) {
            new ExampleCampaign(db.dsl(), "t").loadIfFirstStart();
            LedgerService ledger = new LedgerService(db.dsl(), "t");
            Task task = ledger.tasks(1).get(1);
            ledger.updateTask(new TaskEdit(task.id(), task.version(), task.title(), TaskStatus.DONE, "已印发", List.of()));
        }
        Path files = DataDirectory.filesDirectory(dbFile);
        Files.createDirectories(files.resolve("ab"));
        Files.write(files.resolve("ab/abcdef"), new byte[]{1, 2, 3, 4});
        return dbFile;
    }

    @Test
    void backupThenRestoreReproducesTheDatabaseAndFilesExactly(@TempDir Path dir) throws Exception {
        Path dbFile = setUpData(dir);
        Path backup = dir.resolve("b/backup.zip");
        Map<String, String> before;
        try (Database db = Database.openFile(dbFile)) {
            before = snapshot(db.dsl());
            BackupManifest manifest = service.backup(db, DataDirectory.filesDirectory(dbFile), backup);
            assertEquals(2, manifest.entries().size());
        }
        assertTrue(Files.readString(BackupService.checksumFile(backup)).endsWith("  backup.zip\n"));

        // Change everything after the backup, then restore.
        try (Database db = Database.openFile(dbFile)) {
            new LedgerService(db.dsl(), "t").deleteCampaign(1);
            assertNotEquals(before, snapshot(db.dsl()));
        }
        Files.write(DataDirectory.filesDirectory(dbFile).resolve("ab/abcdef"), new byte[]{9});
        Path keep = dir.resolve("b/before-restore.zip");
        service.restore(backup, dbFile, DataDirectory.filesDirectory(dbFile), keep, "t");

        try (Database db = Database.openFile(dbFile)) {
            Map<String, String> after = snapshot(db.dsl());
            // The data is as backed up; the audit log has one line more: the restore itself.
            String log = after.remove("AUDIT_LOG");
            String logBefore = before.remove("AUDIT_LOG");
            assertEquals(before, after);
            assertTrue(log.startsWith(logBefore.strip()), log);
            AuditEntry restore = new AuditLog(db.dsl()).list("database", null, 1).get(0);
            assertEquals("restore", restore.field());
            assertTrue(restore.source().startsWith("restore of backup.zip sha256 "), restore.source());
        }
        assertArrayEquals(new byte[]{1, 2, 3, 4}, Files.readAllBytes(DataDirectory.filesDirectory(dbFile).resolve("ab/abcdef")));
        assertEquals(2, service.verify(keep).entries().size(), "the replaced data was kept as a backup");
    }

    @Test
    void aTamperedBackupIsRefusedAndNothingChanges(@TempDir Path dir) throws Exception {
        Path dbFile = setUpData(dir);
        Path backup = dir.resolve("backup.zip");
        Map<String, String> before;
        try (Database db = Database.openFile(dbFile)) {
            before = snapshot(db.dsl());
            service.backup(db, DataDirectory.filesDirectory(dbFile), backup);
        }
        byte[] bytes = Files.readAllBytes(backup);
        bytes[bytes.length / 3] ^= 0x55;
        Path tampered = dir.resolve("tampered.zip");
        Files.write(tampered, bytes);
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> service.restore(tampered, dbFile, DataDirectory.filesDirectory(dbFile), dir.resolve("keep.zip"), "t"));
        assertTrue(e.key().startsWith("error.backup."), e.key());
        try (Database db = Database.openFile(dbFile)) {
            assertEquals(before, snapshot(db.dsl()));
        }
        assertTrue(Files.notExists(dir.resolve("keep.zip")));
    }

    @Test
    void notABackupGivesAClearMessage(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.zip");
        Files.writeString(junk, "not a zip");
        assertEquals("error.backup.damaged", assertThrows(UserFacingException.class, () -> service.verify(junk)).key());
        assertEquals("error.backup.notFound",
                assertThrows(UserFacingException.class, () -> service.verify(dir.resolve("missing.zip"))).key());
    }
}
