package com.creditdesk.cli;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.Database;

import java.util.List;
import java.util.Map;

import static com.creditdesk.logic.db.generated.Tables.STORED_FILE;

/**
 * {@code encrypt} (new password read from stdin) or {@code encrypt --decrypt}: converts a closed
 * database file. The current password of an encrypted file comes from --password-file or
 * CREDITDESK_DB_PASSWORD, as for every command.
 */
final class EncryptCommand implements Command {

    @Override
    public String name() {
        return "encrypt";
    }

    @Override
    public String usage() {
        return "[--decrypt]";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        context.requireFileDatabase(name());
        boolean decrypt = args.equals(List.of("--decrypt"));
        if (!args.isEmpty() && !decrypt) {
            throw new UsageException("cli.encrypt.usage");
        }
        char[] current = Database.isEncrypted(context.databaseFile()) ? context.databasePassword() : null;
        if (Database.isEncrypted(context.databaseFile()) && current == null) {
            throw new UserFacingException("error.db.needsPassword", context.databaseFile());
        }
        if (current != null) {
            // Encrypted evidence files are keyed by the current password: changing or removing it
            // would leave them unreadable, so refuse before anything is touched.
            long encryptedFiles;
            try (Database db = Database.openFile(context.databaseFile(), current)) {
                encryptedFiles = db.dsl().fetchCount(STORED_FILE, STORED_FILE.ENCRYPTED.isTrue());
            }
            if (encryptedFiles > 0) {
                throw new UserFacingException("cli.encrypt.encryptedFiles", encryptedFiles);
            }
        }
        char[] next = null;
        if (!decrypt) {
            String line = context.in().readLine();
            if (line == null || line.isBlank()) {
                throw new UsageException("cli.encrypt.emptyPassword");
            }
            next = line.strip().toCharArray();
        }
        Database.changeEncryption(context.databaseFile(), current, next);
        context.out().println(context.json().writeValueAsString(Map.of("database", context.databaseFile().toString(),
                "encrypted", !decrypt)));
        return CommandLineApp.OK;
    }
}
