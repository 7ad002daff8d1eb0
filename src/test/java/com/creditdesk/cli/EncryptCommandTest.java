package com.creditdesk.cli;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.demo.ExampleCampaign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EncryptCommandTest {

    @Test
    void commandLineAsksForThePasswordAndEncrypts(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("plain");
        try (Database database = Database.openFile(db)) {
            new ExampleCampaign(database.dsl(), "t").loadIfFirstStart();
        }
        assertEquals(0, CommandLineAppTest.run("s3cret\n", "--db", db.toString(), "encrypt").code());
        CommandLineAppTest.Run noPassword = CommandLineAppTest.run("", "--db", db.toString(), "tasks");
        assertEquals(1, noPassword.code());
        assertTrue(noPassword.err().startsWith("数据库 " + db + " 已加密"), noPassword.err());
        Path passwordFile = dir.resolve("pw.txt");
        Files.writeString(passwordFile, "s3cret\n");
        assertEquals(0, CommandLineAppTest.run("", "--db", db.toString(), "--password-file", passwordFile.toString(), "tasks").code());
        assertEquals(0, CommandLineAppTest.run("", "--db", db.toString(), "--password-file", passwordFile.toString(),
                "encrypt", "--decrypt").code());
        assertEquals(0, CommandLineAppTest.run("", "--db", db.toString(), "tasks").code());
    }
}
