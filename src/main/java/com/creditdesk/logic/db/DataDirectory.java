package com.creditdesk.logic.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the office's data lives: {@code $XDG_DATA_HOME/credit-desk} on Linux (default
 * {@code ~/.local/share/credit-desk}), {@code %APPDATA%\CreditDesk} on Windows.
 */
public final class DataDirectory {

    public static final String DATABASE_NAME = "creditdesk";

    private DataDirectory() {
    }

    public static Path defaultDirectory() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path resolve(String osName, Map<String, String> env, Path home) {
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("CreditDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("credit-desk");
    }

    /** The content-addressed file store (evidence files) that belongs to a database file. */
    public static Path filesDirectory(Path databaseFile) {
        return databaseFile.toAbsolutePath().resolveSibling("files");
    }

    /** Where automatic backups of a database file are kept. */
    public static Path backupDirectory(Path databaseFile) {
        return databaseFile.toAbsolutePath().resolveSibling("backups");
    }

    /** The database file (without H2's {@code .mv.db} suffix) inside the default directory. */
    public static Path defaultDatabaseFile() {
        return defaultDirectory().resolve(DATABASE_NAME);
    }
}
