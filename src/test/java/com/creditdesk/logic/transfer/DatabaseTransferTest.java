package com.creditdesk.logic.transfer;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.DataDirectory;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.demo.ExampleCampaign;
import com.creditdesk.logic.files.ContentStore;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.logic.user.UserService;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.testutil.TestDatabases;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM_FILE;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT_UNIT;
import static com.creditdesk.logic.db.generated.Tables.STORED_FILE;
import static com.creditdesk.logic.db.generated.Tables.TASK;
import static com.creditdesk.logic.db.generated.Tables.UNIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A county's embedded file moved to the server database (H2 or PostgreSQL per profile) and back. */
@Tag("db")
class DatabaseTransferTest {

    private static final byte[] SCAN = "盖章扫描件 %PDF-1.4 …".getBytes(StandardCharsets.UTF_8);

    /** The example ledger, a re-parented task (parent id above its own), evidence with a file, a user. */
    private static void fill(Database db) {
        DSLContext dsl = db.dsl();
        long campaign = new ExampleCampaign(dsl, "县信用办").loadIfFirstStart().orElseThrow();
        LedgerService ledger = new LedgerService(dsl, "县信用办");
        long laterSection = ledger.addTask(campaign, null, "六、", "新增部分");
        Task early = ledger.tasks(campaign).get(1);
        dsl.update(TASK).set(TASK.PARENT_ID, laterSection).where(TASK.ID.eq(early.id())).execute();
        long unit = dsl.select(UNIT.ID).from(UNIT).limit(1).fetchOne(UNIT.ID);
        long requirement = dsl.insertInto(EVIDENCE_REQUIREMENT).set(EVIDENCE_REQUIREMENT.CAMPAIGN_ID, campaign)
                .set(EVIDENCE_REQUIREMENT.TASK_ID, early.id()).set(EVIDENCE_REQUIREMENT.TEXT, "条例文本（盖章）")
                .returning(EVIDENCE_REQUIREMENT.ID).fetchOne(EVIDENCE_REQUIREMENT.ID);
        dsl.insertInto(EVIDENCE_REQUIREMENT_UNIT).set(EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID, requirement)
                .set(EVIDENCE_REQUIREMENT_UNIT.UNIT_ID, unit).execute();
        String sha = ContentStore.sha256(SCAN);
        ContentStore.of(db).write(sha, SCAN);
        long file = dsl.insertInto(STORED_FILE).set(STORED_FILE.SHA256, sha).set(STORED_FILE.SIZE_BYTES, (long) SCAN.length)
                .set(STORED_FILE.ORIGINAL_NAME, "条例.pdf").returning(STORED_FILE.ID).fetchOne(STORED_FILE.ID);
        long item = dsl.insertInto(EVIDENCE_ITEM).set(EVIDENCE_ITEM.REQUIREMENT_ID, requirement).set(EVIDENCE_ITEM.UNIT_ID, unit)
                .set(EVIDENCE_ITEM.STATUS, "ACCEPTED").returning(EVIDENCE_ITEM.ID).fetchOne(EVIDENCE_ITEM.ID);
        dsl.insertInto(EVIDENCE_ITEM_FILE).set(EVIDENCE_ITEM_FILE.ITEM_ID, item).set(EVIDENCE_ITEM_FILE.FILE_ID, file).execute();
        new UserService(dsl).createFirst("市信用办", "password-1".toCharArray());
    }

    @Test
    void aFileDatabaseMovesToTheServerAndBackWithEveryRowAndFile(@TempDir Path dir) {
        Path countyFile = dir.resolve("county/creditdesk");
        Path backHome = dir.resolve("back/creditdesk");
        TransferReport there;
        TransferReport back;
        try (Database county = Database.openFile(countyFile); Database server = TestDatabases.fresh()) {
            fill(county);
            there = new DatabaseTransfer().copy(county, server, false);
            assertEquals(1, there.files());
            assertEquals(SCAN.length, there.fileBytes());
            assertEquals(23L, there.rows().get("task"));
            assertEquals(1L, there.rows().get("app_user"));
            assertTrue(there.rows().keySet().stream().toList().indexOf("campaign")
                    < there.rows().keySet().stream().toList().indexOf("task"), "parents first");
            assertEquals(List.of(ContentStore.sha256(SCAN)), ContentStore.of(server).list());

            // New rows continue after the copied ids (no key collision), and logins work on the server.
            LedgerService serverLedger = new LedgerService(server.dsl(), "市信用办");
            long campaign = serverLedger.campaigns().get(0).id();
            long added = serverLedger.addTask(campaign, null, "七、", "服务器上新增");
            assertTrue(added > 23);
            new UserService(server.dsl()).logIn("市信用办", "password-1".toCharArray());

            try (Database home = Database.openFile(backHome)) {
                back = new DatabaseTransfer().copy(server, home, false);
                assertEquals(24, new LedgerService(home.dsl(), "t").tasks(campaign).size());
            }
        }
        assertEquals(24L, back.rows().get("task"));
        assertEquals(there.rows().get("evidence_item_file"), back.rows().get("evidence_item_file"));
        Path copied = DataDirectory.filesDirectory(backHome).resolve(ContentStore.sha256(SCAN).substring(0, 2))
                .resolve(ContentStore.sha256(SCAN));
        assertTrue(Files.isRegularFile(copied), "the file is back in files/<2 hex>/<sha256>");
    }

    @Test
    void aTargetWithDataIsRefusedUnlessReplacedAndADamagedFileStopsTheMove(@TempDir Path dir) throws Exception {
        Path countyFile = dir.resolve("county/creditdesk");
        try (Database county = Database.openFile(countyFile); Database server = TestDatabases.fresh()) {
            fill(county);
            new ExampleCampaign(server.dsl(), "x").loadIfFirstStart();
            assertEquals("error.migrate.targetNotEmpty", assertThrows(UserFacingException.class,
                    () -> new DatabaseTransfer().copy(county, server, false)).key());
            assertEquals(1, new LedgerService(server.dsl(), "x").campaigns().size(), "untouched");

            assertEquals(23L, new DatabaseTransfer().copy(county, server, true).rows().get("task"));

            String sha = ContentStore.sha256(SCAN);
            Files.write(DataDirectory.filesDirectory(countyFile).resolve(sha.substring(0, 2)).resolve(sha),
                    "altered".getBytes(StandardCharsets.UTF_8));
            assertEquals("error.files.damaged", assertThrows(UserFacingException.class,
                    () -> new DatabaseTransfer().copy(county, server, true)).key());
        }
    }
}
