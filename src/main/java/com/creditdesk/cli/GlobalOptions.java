package com.creditdesk.cli;

import com.creditdesk.logic.db.ServerAddress;
import com.creditdesk.logic.i18n.Messages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Options that apply to the window and to every command. They may appear before the command
 * name; everything from the first non-option word on belongs to the command.
 */
public record GlobalOptions(Path databaseFile, Locale locale, boolean help, boolean version,
                            List<String> commandArgs, Path passwordFile, String databaseUrl, String databaseUser) {

    /** Environment variable that may hold the password of an encrypted database or of the database server. */
    public static final String PASSWORD_ENV = "CREDITDESK_DB_PASSWORD";

    public static GlobalOptions parse(String[] argv) {
        Path db = null;
        Path passwordFile = null;
        String url = null;
        String user = null;
        Locale locale = null;
        boolean help = false;
        boolean version = false;
        List<String> rest = new ArrayList<>();
        int i = 0;
        while (i < argv.length) {
            String arg = argv[i];
            if (!rest.isEmpty()) {
                rest.add(arg);
            } else if (arg.equals("--db") && i + 1 < argv.length) {
                db = Path.of(argv[++i]);
            } else if (arg.equals("--password-file") && i + 1 < argv.length) {
                passwordFile = Path.of(argv[++i]);
            } else if (arg.equals("--db-url") && i + 1 < argv.length) {
                url = argv[++i];
            } else if (arg.startsWith("--db-url=")) {
                url = arg.substring("--db-url=".length());
            } else if (arg.equals("--db-user") && i + 1 < argv.length) {
                user = argv[++i];
            } else if (arg.startsWith("--db-user=")) {
                user = arg.substring("--db-user=".length());
            } else if (arg.startsWith("--db=")) {
                db = Path.of(arg.substring("--db=".length()));
            } else if (arg.equals("--lang") && i + 1 < argv.length) {
                locale = Messages.localeOf(argv[++i]);
            } else if (arg.startsWith("--lang=")) {
                locale = Messages.localeOf(arg.substring("--lang=".length()));
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.equals("--version")) {
                version = true;
            } else {
                rest.add(arg);
            }
            i++;
        }
        // Options after the command that are global (--db, --lang) are taken out for everyone.
        List<String> commandArgs = new ArrayList<>();
        for (int j = 0; j < rest.size(); j++) {
            String arg = rest.get(j);
            if (j > 0 && arg.equals("--db") && j + 1 < rest.size()) {
                db = Path.of(rest.get(++j));
            } else if (j > 0 && arg.equals("--password-file") && j + 1 < rest.size()) {
                passwordFile = Path.of(rest.get(++j));
            } else if (j > 0 && arg.equals("--db-url") && j + 1 < rest.size()) {
                url = rest.get(++j);
            } else if (j > 0 && arg.equals("--db-user") && j + 1 < rest.size()) {
                user = rest.get(++j);
            } else if (j > 0 && arg.equals("--lang") && j + 1 < rest.size()) {
                locale = Messages.localeOf(rest.get(++j));
            } else {
                commandArgs.add(arg);
            }
        }
        return new GlobalOptions(db, locale, help, version, List.copyOf(commandArgs), passwordFile, url, user);
    }

    /** The language asked for, or null when the user did not say (then the saved setting wins). */
    public Locale requestedLocale() {
        return locale;
    }

    @Override
    public Locale locale() {
        return locale == null ? Messages.CHINESE : locale;
    }

    /** The database password from --password-file or the environment; null when none was given. */
    public char[] databasePassword() {
        if (passwordFile != null) {
            try {
                return java.nio.file.Files.readString(passwordFile).strip().toCharArray();
            } catch (java.io.IOException e) {
                throw new com.creditdesk.logic.UserFacingException(e, "error.file.unreadable", passwordFile);
            }
        }
        String fromEnv = System.getenv(PASSWORD_ENV);
        return fromEnv == null || fromEnv.isEmpty() ? null : fromEnv.toCharArray();
    }

    /** The server database given with --db-url (and --db-user), if any. */
    public Optional<ServerAddress> server() {
        return databaseUrl == null ? Optional.empty()
                : Optional.of(new ServerAddress(databaseUrl, databaseUser));
    }

    public boolean wantsWindow() {
        return commandArgs.isEmpty() && !help && !version;
    }
}
