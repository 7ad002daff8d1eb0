package com.creditdesk.cli;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.db.ServerAddress;
import com.creditdesk.logic.transfer.DatabaseTransfer;
import com.creditdesk.logic.transfer.TransferReport;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code migrate --from H2FILE --to JDBC_URL} (or back): moves a county's or the city's database
 * with every row and evidence file, verified by counts and SHA-256. The server user is --db-user,
 * its password (or an encrypted file's) comes from --password-file or CREDITDESK_DB_PASSWORD.
 * Prints one JSON object.
 */
final class MigrateCommand implements Command {

    @Override
    public String name() {
        return "migrate";
    }

    @Override
    public String usage() {
        return "--from H2FILE|JDBC_URL --to JDBC_URL|H2FILE [--replace]";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        String from = null;
        String to = null;
        boolean replace = false;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--replace")) {
                replace = true;
                continue;
            }
            if (!option.equals("--from") && !option.equals("--to")) {
                throw new UsageException("cli.error.unknownOption", option);
            }
            if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                throw new UsageException("cli.export.error.missingValue", option);
            }
            if (option.equals("--from")) {
                from = args.get(++i);
            } else {
                to = args.get(++i);
            }
        }
        if (from == null || to == null) {
            throw new UsageException("cli.migrate.error.missing");
        }
        if (from.equals(to)) {
            throw new UsageException("cli.migrate.error.same", from);
        }
        char[] password = context.databasePassword();
        TransferReport report;
        try (Database source = open(from, context.serverUser(), password);
             Database target = open(to, context.serverUser(), password)) {
            report = new DatabaseTransfer().copy(source, target, replace);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", report.from());
        json.put("to", report.to());
        json.put("tables", report.rows());
        json.put("rows", report.rows().values().stream().mapToLong(Long::longValue).sum());
        json.put("files", report.files());
        json.put("fileBytes", report.fileBytes());
        json.put("verified", true);
        context.out().println(context.json().writeValueAsString(json));
        return CommandLineApp.OK;
    }

    private static Database open(String location, String serverUser, char[] password) {
        if (ServerAddress.isServerUrl(location)) {
            return Database.openServer(new ServerAddress(location, serverUser), password);
        }
        Path file = Path.of(location);
        return Database.openFile(file, Database.isEncrypted(file) ? password : null);
    }
}
