package com.creditdesk.cli;

import com.creditdesk.logic.backup.BackupManifest;
import com.creditdesk.logic.backup.BackupService;
import com.creditdesk.logic.db.DataDirectory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code backup --out FILE}: a verified backup of the database and the file store. */
final class BackupCommand implements Command {

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String usage() {
        return "--out FILE.zip";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        context.requireFileDatabase(name());
        if (args.size() != 2 || !args.get(0).equals("--out")) {
            throw new UsageException("cli.backup.usage");
        }
        Path out = Path.of(args.get(1));
        BackupService service = new BackupService();
        service.backup(context.database(), DataDirectory.filesDirectory(context.databaseFile()), out);
        BackupManifest manifest = service.verify(out);
        context.out().println(context.json().writeValueAsString(Map.of("backup", out.toAbsolutePath().toString(),
                "entries", manifest.entries().size(), "checksum", BackupService.checksumFile(out).toString())));
        return CommandLineApp.OK;
    }
}
