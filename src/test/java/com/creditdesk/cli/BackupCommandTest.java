package com.creditdesk.cli;

import com.creditdesk.logic.backup.PendingRestore;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.db.DatabaseStartup;
import com.creditdesk.logic.demo.ExampleCampaign;
import com.creditdesk.logic.ledger.LedgerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.creditdesk.cli.CommandLineAppTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupCommandTest {

    @Test
    void backupAndRestoreOnTheCommandLine(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("data/creditdesk");
        try (Database database = Database.openFile(db)) {
            new ExampleCampaign(database.dsl(), "t").loadIfFirstStart();
        }
        Path zip = dir.resolve("out/b.zip");
        CommandLineAppTest.Run backup = run("", "--db", db.toString(), "backup", "--out", zip.toString());
        assertEquals(0, backup.code(), backup.err());
        assertTrue(Files.exists(zip) && Files.exists(dir.resolve("out/b.zip.sha256")));

        try (Database database = Database.openFile(db)) {
            new LedgerService(database.dsl(), "t").deleteCampaign(1);
        }
        CommandLineAppTest.Run restore = run("", "--db", db.toString(), "restore", zip.toString());
        assertEquals(0, restore.code(), restore.err());
        try (Database database = Database.openFile(db)) {
            assertEquals(1, new LedgerService(database.dsl(), "t").campaigns().size());
        }
        CommandLineAppTest.Run bad = run("", "--db", db.toString(), "restore", dir.resolve("none.zip").toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().startsWith("找不到备份文件"), bad.err());
        assertEquals(2, run("", "--db", db.toString(), "backup").code());
    }

    @Test
    void aRestoreChosenInTheWindowHappensAtTheNextStart(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("creditdesk");
        Path zip = dir.resolve("b.zip");
        DatabaseStartup.open(db, "t").close();
        assertEquals(0, run("", "--db", db.toString(), "backup", "--out", zip.toString()).code());
        try (Database database = Database.openFile(db)) {
            new LedgerService(database.dsl(), "t").deleteCampaign(1);
        }
        PendingRestore.schedule(db, zip);
        try (Database database = DatabaseStartup.open(db, "t")) {
            assertEquals(1, new LedgerService(database.dsl(), "t").campaigns().size());
        }
        assertTrue(PendingRestore.applyIfAny(db, "t").isEmpty(), "done once");
    }
}
