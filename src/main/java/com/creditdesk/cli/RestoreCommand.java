package com.creditdesk.cli;

import com.creditdesk.logic.backup.BackupService;
import com.creditdesk.logic.db.DataDirectory;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * {@code restore FILE}: verifies the backup, keeps the current data as a backup of its own
 * ({@code backups/before-restore-…zip}) and then replaces it. The database must not be open elsewhere.
 */
final class RestoreCommand implements Command {

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String usage() {
        return "FILE.zip";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        context.requireFileDatabase(name());
        if (args.size() != 1) {
            throw new UsageException("cli.restore.usage");
        }
        Path backup = Path.of(args.get(0));
        Path keep = DataDirectory.backupDirectory(context.databaseFile()).resolve("before-restore-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
        new BackupService().restore(backup, context.databaseFile(), DataDirectory.filesDirectory(context.databaseFile()), keep,
                System.getProperty("user.name", "cli"));
        context.out().println(context.json().writeValueAsString(Map.of("restored", backup.toAbsolutePath().toString(),
                "previousDataKeptAs", keep.toAbsolutePath().toString())));
        return CommandLineApp.OK;
    }
}
