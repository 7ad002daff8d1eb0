package com.creditdesk.logic.evidence;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.ledger.SettingsRepository;
import org.jooq.DSLContext;

import java.nio.file.Path;

/** Evidence settings kept in the database: the largest file accepted (default 1 GB). */
public final class EvidenceSettings {

    public static final String MAX_FILE_BYTES = "evidence.maxFileBytes";

    private EvidenceSettings() {
    }

    public static long maxFileBytes(DSLContext dsl) {
        return new SettingsRepository(dsl).get(MAX_FILE_BYTES).map(String::strip).filter(s -> s.matches("\\d{1,18}"))
                .map(Long::parseLong).orElse(FileStore.DEFAULT_MAX_BYTES);
    }

    public static void setMaxFileBytes(DSLContext dsl, long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + bytes);
        }
        new SettingsRepository(dsl).put(MAX_FILE_BYTES, Long.toString(bytes));
    }

    /**
     * The file store of a database file with the configured limit; encrypted with a key derived
     * from {@code password} when it is not null (the database is encrypted with it).
     */
    public static FileStore store(DSLContext dsl, Path databaseFile, char[] password) {
        FileStore store = FileStore.forDatabase(databaseFile, maxFileBytes(dsl));
        return password == null ? store : store.withCipher(StoreKeys.cipherFor(store.root(), password));
    }

    /**
     * The file store of {@code database}, for the window and the commands alike: the files/ folder
     * beside an embedded file (encrypted with {@code filePassword} when not null, see
     * {@link #store(DSLContext, Path, char[])}), the file_content table of a server or in-memory
     * database (shared by every PC that works on it).
     */
    public static FileStore store(Database database, char[] filePassword) {
        DSLContext dsl = database.dsl();
        return database.file().map(file -> store(dsl, file, filePassword))
                .orElseGet(() -> FileStore.inDatabase(dsl, maxFileBytes(dsl)));
    }
}
