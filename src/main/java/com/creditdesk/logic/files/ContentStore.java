package com.creditdesk.logic.files;

import com.creditdesk.logic.Hashing;
import com.creditdesk.logic.db.DataDirectory;
import com.creditdesk.logic.db.Database;

import java.util.HexFormat;
import java.util.List;

/**
 * The stored bytes of evidence files, by their SHA-256 name, as {@code migrate} moves them: the
 * {@code files/} folder beside an embedded database file ({@code <2 hex>/<sha256>}), or the
 * {@code file_content} table of a server (or in-memory) database. Bytes are moved as stored (an
 * encrypted store stays encrypted); the caller checks them.
 */
public interface ContentStore {

    /** The SHA-256 names of all stored files, sorted. */
    List<String> list();

    /** The stored bytes under {@code sha256}. */
    byte[] read(String sha256);

    /** Stores the bytes under {@code sha256} (nothing happens when the name is already there). */
    void write(String sha256, byte[] content);

    /** Where {@code database} keeps its files. */
    static ContentStore of(Database database) {
        return database.file()
                .<ContentStore>map(file -> new DirectoryContentStore(DataDirectory.filesDirectory(file)))
                .orElseGet(() -> new TableContentStore(database.dsl()));
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(Hashing.sha256().digest(content));
    }

    static boolean isName(String name) {
        return name.matches("[0-9a-f]{64}");
    }
}
