package com.creditdesk.cli;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.db.ServerAddress;
import com.creditdesk.logic.i18n.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What a command may use: the streams, the messages of the chosen language, a JSON mapper and
 * the database, opened only when a command first asks for it (phrase parsers need none).
 */
public final class CliContext implements AutoCloseable {

    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;
    private final Messages messages;
    private final Supplier<Database> databaseOpener;
    private final Path databaseFile;
    private final Supplier<char[]> databasePassword;
    private final ObjectMapper json;
    private final ServerAddress server;
    private final String serverUser;
    private Database database;

    public CliContext(BufferedReader in, PrintStream out, PrintStream err, Messages messages,
                      Path databaseFile, Supplier<char[]> databasePassword, Supplier<Database> databaseOpener) {
        this(in, out, err, messages, databaseFile, null, null, databasePassword, databaseOpener);
    }

    /**
     * {@code server} (may be null): the PostgreSQL database the command works on instead of the
     * file; {@code serverUser} (may be null): --db-user, for commands that name a server themselves.
     */
    public CliContext(BufferedReader in, PrintStream out, PrintStream err, Messages messages, Path databaseFile,
                      ServerAddress server, String serverUser, Supplier<char[]> databasePassword,
                      Supplier<Database> databaseOpener) {
        this.server = server;
        this.serverUser = serverUser;
        this.databaseFile = databaseFile;
        this.databasePassword = databasePassword;
        this.in = in;
        this.out = out;
        this.err = err;
        this.messages = messages;
        this.databaseOpener = databaseOpener;
        this.json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public BufferedReader in() {
        return in;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public Messages messages() {
        return messages;
    }

    public ObjectMapper json() {
        return json;
    }

    /** The database file the command works on (for commands that must not open it, e.g. restore). */
    public Path databaseFile() {
        return databaseFile;
    }

    /** The server user given with --db-user, or null. */
    public String serverUser() {
        return serverUser;
    }

    /** Refuses a command that works on the embedded file (backup, restore, encrypt) when a server is chosen. */
    public void requireFileDatabase(String command) {
        if (server != null) {
            throw new UserFacingException("error.server.fileOnly", command, server.description());
        }
    }

    /** The current database password given on the command line or in the environment, or null. */
    public char[] databasePassword() {
        return databasePassword.get();
    }

    /** Opens (and migrates) the database on first use. */
    public Database database() {
        if (database == null) {
            database = databaseOpener.get();
        }
        return database;
    }

    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
    }
}
