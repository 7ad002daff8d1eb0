package com.creditdesk.logic.backup;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.Database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The automatic backup at start-up: at most one a day, named {@code auto-YYYY-MM-DD.zip}, kept
 * by a retention policy of the last 7 daily backups plus the newest of each of the 4 weeks
 * before them. Backups made on demand are never pruned.
 */
public final class AutoBackup {

    static final String PREFIX = "auto-";
    static final int DAILY = 7;
    static final int WEEKLY = 4;

    private final BackupService backups;

    public AutoBackup(BackupService backups) {
        this.backups = backups;
    }

    /** Makes today's backup if there is none yet and prunes old ones; returns the new backup, if any. */
    public Optional<Path> runIfDue(Database db, Path filesDir, Path backupDir, LocalDate today) {
        Path todays = backupDir.resolve(PREFIX + today + ".zip");
        Optional<Path> made = Optional.empty();
        if (!Files.exists(todays)) {
            backups.backup(db, filesDir, todays);
            made = Optional.of(todays);
        }
        prune(backupDir);
        return made;
    }

    void prune(Path backupDir) {
        List<LocalDate> dates = new ArrayList<>();
        try (Stream<Path> files = Files.list(backupDir)) {
            for (Path file : files.toList()) {
                dateOf(file).ifPresent(dates::add);
            }
            Set<LocalDate> keep = keep(dates);
            for (LocalDate date : dates) {
                if (!keep.contains(date)) {
                    Path zip = backupDir.resolve(PREFIX + date + ".zip");
                    Files.deleteIfExists(zip);
                    Files.deleteIfExists(BackupService.checksumFile(zip));
                }
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "error.backup.prune", backupDir, e.getMessage());
        }
    }

    private static Optional<LocalDate> dateOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(".zip")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(name.substring(PREFIX.length(), name.length() - 4)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The dates to keep: the newest {@value #DAILY}, then the newest of each of the next {@value #WEEKLY} weeks. */
    static Set<LocalDate> keep(List<LocalDate> dates) {
        List<LocalDate> newestFirst = dates.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        Set<LocalDate> keep = new HashSet<>(newestFirst.subList(0, Math.min(DAILY, newestFirst.size())));
        Set<String> weeks = new HashSet<>();
        for (LocalDate date : newestFirst.subList(Math.min(DAILY, newestFirst.size()), newestFirst.size())) {
            String week = date.get(IsoFields.WEEK_BASED_YEAR) + "-" + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (weeks.size() < WEEKLY && weeks.add(week)) {
                keep.add(date);
            }
        }
        return keep;
    }
}
