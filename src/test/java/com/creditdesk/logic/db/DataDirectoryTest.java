package com.creditdesk.logic.db;

import com.creditdesk.logic.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataDirectoryTest {

    @Test
    void linuxFollowsXdgDataHome() {
        assertEquals(Path.of("/data/credit-desk"), DataDirectory.resolve("Linux", Map.of("XDG_DATA_HOME", "/data"), Path.of("/home/u")));
        assertEquals(Path.of("/home/u/.local/share/credit-desk"), DataDirectory.resolve("Linux", Map.of(), Path.of("/home/u")));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:/Users/u/AppData/Roaming/CreditDesk"),
                DataDirectory.resolve("Windows 10", Map.of("APPDATA", "C:/Users/u/AppData/Roaming"), Path.of("C:/Users/u")));
    }

    @Test
    void fileDatabaseIsCreatedWithItsDirectoryAndKeepsData(@TempDir Path dir) {
        Path file = dir.resolve("nested/dir/creditdesk");
        try (Database db = Database.openFile(file)) {
            db.dsl().execute("insert into setting values ('k', 'v')");
        }
        assertTrue(Files.exists(dir.resolve("nested/dir/creditdesk.mv.db")));
        try (Database db = Database.openFile(dir.resolve("nested/dir/creditdesk.mv.db"))) {
            assertEquals("v", db.dsl().fetchValue("select setting_value from setting where setting_key = 'k'"));
        }
    }

    @Test
    void aSecondOpenOfTheSameFileFromAnotherProcessIsReportedAsLocked(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("locked");
        try (Database ignored = Database.openFile(file)) {
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), LockProbe.class.getName(), file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(other.getInputStream().readAllBytes());
            assertEquals(0, other.waitFor(), output);
            assertEquals("error.db.locked", output.strip());
        }
    }

    /** Runs in a child JVM: tries to open a database another process holds. */
    public static final class LockProbe {
        public static void main(String[] args) {
            try (Database db = Database.openFile(Path.of(args[0]))) {
                System.out.println("opened");
            } catch (UserFacingException e) {
                System.out.println(e.key());
            }
        }
    }

    @Test
    void unusableDirectoryGivesAClearError(@TempDir Path dir) throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        UserFacingException e = assertThrows(UserFacingException.class, () -> Database.openFile(blocker.resolve("db")));
        assertEquals("error.db.directory", e.key());
    }
}
