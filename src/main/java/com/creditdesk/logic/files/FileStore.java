package com.creditdesk.logic.files;

import com.creditdesk.logic.Hashing;
import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.DataDirectory;
import com.creditdesk.logic.db.Database;

import java.util.HexFormat;
import java.util.List;

/**
 * Where evidence files are kept, content-addressed by their SHA-256: the {@code files/} folder
 * beside an embedded database file ({@code <2 hex>/<sha256>}), or the {@code file_content} table
 * of a server (or in-memory) database. Every read checks the content against its name.
 */
public interface FileStore {

    /** The SHA-256 names of all stored files, sorted. */
    List<String> list();

    /** The file's content, checked against its SHA-256 (a mismatch is reported, never returned). */
    byte[] read(String sha256);

    /** Stores the content under its SHA-256 (nothing happens when it is already there). */
    void write(String sha256, byte[] content);

    /** Where {@code database} keeps its files. */
    static FileStore of(Database database) {
        return database.file()
                .<FileStore>map(file -> new DirectoryFileStore(DataDirectory.filesDirectory(file)))
                .orElseGet(() -> new DatabaseFileStore(database.dsl()));
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(Hashing.sha256().digest(content));
    }

    /** Throws when {@code content} is not what {@code sha256} names. */
    static byte[] checked(String sha256, byte[] content, String where) {
        if (!sha256(content).equals(sha256)) {
            throw new UserFacingException("error.files.damaged", sha256, where);
        }
        return content;
    }

    static boolean isName(String name) {
        return name.matches("[0-9a-f]{64}");
    }
}
