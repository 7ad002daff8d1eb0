package com.creditdesk.logic.db;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.demo.ExampleCampaign;
import com.creditdesk.logic.ledger.LedgerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EncryptionTest {

    private static final char[] PASSWORD = "信用办2021!".toCharArray();

    @Test
    void createReopenWrongPasswordAndConvert(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("secret");
        try (Database database = Database.openFile(db, PASSWORD)) {
            new ExampleCampaign(database.dsl(), "t").loadIfFirstStart();
        }
        assertTrue(Database.isEncrypted(db));
        assertFalse(new String(Files.readAllBytes(dir.resolve("secret.mv.db")), java.nio.charset.StandardCharsets.UTF_8)
                .contains("制定邢台市社会信用促进条例"), "no plain text in the file");
        try (Database database = Database.openFile(db, PASSWORD)) {
            assertEquals(1, new LedgerService(database.dsl(), "t").campaigns().size());
        }
        assertEquals("error.db.password",
                assertThrows(UserFacingException.class, () -> Database.openFile(db, "wrong".toCharArray())).key());
        assertEquals("error.db.password", assertThrows(UserFacingException.class, () -> Database.openFile(db)).key());

        Database.changeEncryption(db, PASSWORD, null);
        assertFalse(Database.isEncrypted(db));
        try (Database database = Database.openFile(db)) {
            assertEquals(1, new LedgerService(database.dsl(), "t").campaigns().size());
        }
        Database.changeEncryption(db, null, PASSWORD);
        assertTrue(Database.isEncrypted(db));
        assertEquals("error.db.password", assertThrows(UserFacingException.class,
                () -> Database.changeEncryption(db, "wrong".toCharArray(), null)).key());
    }
}
