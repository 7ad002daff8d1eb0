package com.creditdesk.logic.backup;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.DataDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * A restore chosen in the window: the database is open there, so the restore is recorded
 * (after the backup was verified) and carried out at the next start, before the database opens.
 */
public final class PendingRestore {

    private static final String MARKER = "restore-pending.txt";

    private PendingRestore() {
    }

    public static void schedule(Path databaseFile, Path backup) {
        new BackupService().verify(backup);
        try {
            Files.writeString(marker(databaseFile), backup.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UserFacingException(e, "error.backup.restore", backup.getFileName(), e.getMessage());
        }
    }

    /** Restores the scheduled backup, if any; returns it. The marker is removed whatever happens. */
    public static Optional<Path> applyIfAny(Path databaseFile, String actor) {
        Path marker = marker(databaseFile);
        if (!Files.exists(marker)) {
            return Optional.empty();
        }
        Path backup;
        try {
            backup = Path.of(Files.readString(marker).strip());
            Files.delete(marker);
        } catch (IOException e) {
            throw new UserFacingException(e, "error.backup.restore", marker.getFileName(), e.getMessage());
        }
        Path keep = DataDirectory.backupDirectory(databaseFile).resolve("before-restore-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
        new BackupService().restore(backup, databaseFile, DataDirectory.filesDirectory(databaseFile), keep, actor);
        return Optional.of(backup);
    }

    private static Path marker(Path databaseFile) {
        return databaseFile.toAbsolutePath().resolveSibling(MARKER);
    }
}
