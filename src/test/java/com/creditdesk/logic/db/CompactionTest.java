package com.creditdesk.logic.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.creditdesk.logic.db.generated.Tables.SETTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every commit is appended to the file (no space reuse, see H2Files), so closing a file that grew
 * mostly dead rewrites it with its live data only, and nothing of the data is lost.
 */
class CompactionTest {

    @Test
    void aFileThatGrewMostlyDeadIsCompactedWhenClosedAndKeepsItsData(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("db");
        Path mvFile = Path.of(file + ".mv.db");
        String last = null;
        try (Database db = Database.openFile(file)) {
            for (int i = 0; i < 700; i++) {
                last = i + "-" + "值".repeat(4000);
                String value = last;
                db.dsl().transaction(c -> org.jooq.impl.DSL.using(c).mergeInto(SETTING).using(org.jooq.impl.DSL.selectOne())
                        .on(SETTING.SETTING_KEY.eq("compaction.test")).whenMatchedThenUpdate().set(SETTING.SETTING_VALUE, value)
                        .whenNotMatchedThenInsert(SETTING.SETTING_KEY, SETTING.SETTING_VALUE).values("compaction.test", value).execute());
            }
            long grown = Files.size(mvFile);
            assertTrue(grown > H2Files.COMPACT_ABOVE_BYTES, "appending 700 commits grew the file to " + grown);
            assertTrue(H2Files.compactIfMostlyFree(db.dsl(), file), "compacted without an error");
        }
        long compacted = Files.size(mvFile);
        assertTrue(compacted < 2L << 20, "compacted to " + compacted);
        try (Database db = Database.openFile(file)) {
            assertEquals(last, db.dsl().select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.SETTING_KEY.eq("compaction.test")).fetchOne(SETTING.SETTING_VALUE));
        }
    }

    @Test
    void aSmallFileIsLeftAsItIs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("db");
        try (Database db = Database.openFile(file)) {
            assertTrue(!H2Files.compactIfMostlyFree(db.dsl(), file), "below the size limit nothing is rewritten");
        }
        assertTrue(Files.size(Path.of(file + ".mv.db")) < H2Files.COMPACT_ABOVE_BYTES);
    }
}
