package com.creditdesk.logic.backup;

import com.creditdesk.logic.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutoBackupTest {

    @Test
    void keepsSevenDailyAndFourWeekly() {
        LocalDate today = LocalDate.of(2021, 6, 30);
        List<LocalDate> sixtyDays = Stream.iterate(today, d -> d.minusDays(1)).limit(60).toList();
        Set<LocalDate> keep = AutoBackup.keep(sixtyDays);
        assertEquals(11, keep.size());
        for (int i = 0; i < 7; i++) {
            assertTrue(keep.contains(today.minusDays(i)));
        }
        // 2021-06-23 (Wed) is the newest of its ISO week once the 7 dailies (24–30 June) are kept.
        assertTrue(keep.contains(LocalDate.of(2021, 6, 23)));
        assertTrue(keep.contains(LocalDate.of(2021, 6, 20)));
    }

    @Test
    void atMostOneBackupADayAndOldOnesArePruned(@TempDir Path dir) throws Exception {
        Path backups = dir.resolve("backups");
        Files.createDirectories(backups);
        for (int i = 1; i <= 20; i++) {
            Files.writeString(backups.resolve("auto-2021-06-" + String.format("%02d", i) + ".zip"), "old");
        }
        Files.writeString(backups.resolve("mine.zip"), "on demand");
        AutoBackup auto = new AutoBackup(new BackupService());
        try (Database db = Database.openFile(dir.resolve("db"))) {
            assertTrue(auto.runIfDue(db, dir.resolve("files"), backups, LocalDate.of(2021, 6, 21)).isPresent());
            assertTrue(auto.runIfDue(db, dir.resolve("files"), backups, LocalDate.of(2021, 6, 21)).isEmpty());
        }
        try (Stream<Path> files = Files.list(backups)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".zip")).sorted().toList();
            // 7 daily (15–21 June) + the newest of the ISO weeks before: 14 (wk 24), 13 (wk 23), 6 (wk 22;
            // 1–5 June are the same week), + mine.zip.
            assertEquals(List.of("auto-2021-06-06.zip", "auto-2021-06-13.zip", "auto-2021-06-14.zip", "auto-2021-06-15.zip",
                    "auto-2021-06-16.zip", "auto-2021-06-17.zip", "auto-2021-06-18.zip", "auto-2021-06-19.zip",
                    "auto-2021-06-20.zip", "auto-2021-06-21.zip", "mine.zip"), names);
            assertTrue(names.contains("mine.zip"), "backups made on demand are never pruned");
            assertTrue(names.contains("auto-2021-06-21.zip"));
        }
    }
}
