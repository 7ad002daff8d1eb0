package com.creditdesk.logic.db;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.model.ledger.UnitRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database written by release 0.1.0 (schema V1, the example campaign and one edit) is kept as a
 * test resource: every later release must open it, migrate it and find the data.
 */
class UpgradeTest {

    private static Path copyRelease(Path dir) throws Exception {
        Path file = dir.resolve("creditdesk.mv.db");
        try (InputStream in = UpgradeTest.class.getResourceAsStream("/upgrade/creditdesk-0.1.0.mv.db")) {
            Files.copy(in, file);
        }
        return dir.resolve("creditdesk");
    }

    @Test
    void release010DataSurvivesTheCurrentMigrations(@TempDir Path dir) throws Exception {
        Path db = copyRelease(dir);
        try (Database database = Database.openFile(db)) {
            LedgerService ledger = new LedgerService(database.dsl(), "t");
            assertEquals(1, ledger.campaigns().size());
            List<Task> tasks = ledger.tasks(ledger.campaigns().get(0).id());
            assertEquals(22, tasks.size());
            Task edited = tasks.stream().filter(t -> "（一）".equals(t.seqLabel())).findFirst().orElseThrow();
            assertEquals(TaskStatus.IN_PROGRESS, edited.status());
            assertEquals("条例草案已报市政府常务会议", edited.progressNote());
            assertEquals("市司法局", edited.unitsIn(UnitRole.LEAD).get(0).unitName());
            assertTrue(new AuditLog(database.dsl()).count() >= 3);
        }
    }

    @Test
    void aFailedMigrationLeavesTheOriginalFileUntouched(@TempDir Path dir) throws Exception {
        Path db = copyRelease(dir);
        // Bring it to the current schema first, so only the broken migration is pending.
        Database.openFile(db).close();
        byte[] before = Files.readAllBytes(dir.resolve("creditdesk.mv.db"));
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> Database.openFile(db, null, List.of("classpath:db/broken")));
        assertEquals("error.db.migration", e.key());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("creditdesk.mv.db")), "original untouched");
        assertTrue(Files.notExists(dir.resolve("creditdesk-upgrading.mv.db")), "the failed copy is removed");
        try (Database database = Database.openFile(db)) {
            assertEquals(1, new LedgerService(database.dsl(), "t").campaigns().size());
        }
    }
}
