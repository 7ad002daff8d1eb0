package com.creditdesk.logic.db;

import com.creditdesk.logic.UserFacingException;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.postgresql.ds.PGConnectionPoolDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The database: an embedded H2 file (default) or a PostgreSQL server shared by the city and its
 * counties. Migrated by Flyway on open, reached through one immutable {@link DSLContext} that
 * repositories receive by constructor. The jOOQ classes are generated from H2 (upper-case names);
 * names are rendered unquoted, so PostgreSQL folds them to its lower-case tables.
 */
public final class Database implements AutoCloseable {

    /** The highest migration version in db/migration; a test keeps it in step with the files. */
    public static final int SCHEMA_VERSION = 7;

    /** PostgreSQL SQLSTATEs a user can act on. */
    private static final String PG_BAD_PASSWORD = "28P01";
    private static final String PG_NO_SUCH_ROLE_OR_AUTH = "28000";
    private static final String PG_NO_SUCH_DATABASE = "3D000";

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final SQLDialect dialect;
    private final String description;
    private final Path file;
    private final ServerAddress server;
    private final char[] filePassword;

    Database(JdbcConnectionPool pool, SQLDialect dialect, String description, Path file) {
        this(pool, dialect, description, file, null, null);
    }

    /** A file database; an encrypted one keeps its password to encrypt the evidence files with it too. */
    Database(JdbcConnectionPool pool, SQLDialect dialect, String description, Path file, char[] filePassword) {
        this(pool, dialect, description, file, null, filePassword);
    }

    private Database(JdbcConnectionPool pool, SQLDialect dialect, String description, Path file, ServerAddress server,
                     char[] filePassword) {
        this.pool = pool;
        this.server = server;
        this.filePassword = filePassword == null ? null : filePassword.clone();
        this.dialect = dialect;
        this.description = description;
        this.file = file;
        Settings settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
        if (dialect.family() == SQLDialect.POSTGRES) {
            settings = settings.withRenderNameCase(RenderNameCase.LOWER);
        }
        this.dsl = DSL.using(pool, dialect, settings);
    }

    /** Opens (creating if needed) the H2 file {@code file} (no {@code .mv.db} suffix) and migrates it. */
    public static Database openFile(Path file) {
        return openFile(file, null, List.of());
    }

    /** Opens an AES-encrypted database file with its password (created encrypted if new). */
    public static Database openFile(Path file, char[] password) {
        return openFile(file, password, List.of());
    }

    /**
     * Opens a file database. An existing file with pending migrations is migrated as a copy that
     * replaces the original only when every migration succeeded; the original is kept in
     * {@code backups/}. {@code extraLocations} adds migration folders (tests).
     */
    static Database openFile(Path file, char[] password, List<String> extraLocations) {
        return H2Files.openFile(file, password, extraLocations);
    }

    /** A private in-memory database with the real migrations: for tests and dry runs. */
    public static Database openInMemory(String name) {
        return H2Files.openInMemory(name);
    }

    /**
     * Connects to a PostgreSQL database and migrates it (Flyway locks the schema history, so two
     * instances starting at once do not both migrate). {@code password} may be null (trust or
     * peer authentication).
     */
    public static Database openServer(ServerAddress address, char[] password) {
        String description = address.description();
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        try {
            source.setURL(address.url());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e, "error.server.badUrl", description);
        }
        if (address.user() != null) {
            source.setUser(address.user());
        }
        if (password != null) {
            source.setPassword(new String(password));
        }
        source.setApplicationName("credit-desk");
        source.setConnectTimeout(10);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(8);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(2);
        } catch (SQLException e) {
            pool.dispose();
            throw translateServer(e, description);
        }
        try {
            Migrations.flyway(pool, SQLDialect.POSTGRES, List.of()).migrate();
        } catch (FlywayException e) {
            pool.dispose();
            throw new UserFacingException(e, "error.db.migration", description, e.getMessage());
        }
        return new Database(pool, SQLDialect.POSTGRES, description, null, address, null);
    }

    private static UserFacingException translateServer(SQLException e, String description) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals(PG_BAD_PASSWORD) || state.equals(PG_NO_SUCH_ROLE_OR_AUTH)) {
            return new UserFacingException(e, "error.server.login", description);
        }
        if (state.equals(PG_NO_SUCH_DATABASE)) {
            return new UserFacingException(e, "error.server.noDatabase", description);
        }
        if (state.startsWith("08")) {
            return new UserFacingException(e, "error.server.unreachable", description, e.getMessage());
        }
        return new UserFacingException(e, "error.db.open", description, e.getMessage());
    }

    /** Whether the database file is AES-encrypted (H2 writes a plain "H2encrypt" header then). */
    public static boolean isEncrypted(Path file) {
        return H2Files.isEncrypted(file);
    }

    /**
     * The password of an encrypted file database (a copy), empty when the file is not encrypted:
     * evidence files of an encrypted database are stored encrypted with a key derived from it.
     */
    public Optional<char[]> filePassword() {
        return Optional.ofNullable(filePassword).map(char[]::clone);
    }

    /**
     * Encrypts, decrypts or re-keys a closed database file: {@code oldPassword} null for a plain
     * file, {@code newPassword} null to store it plain again.
     */
    public static void changeEncryption(Path file, char[] oldPassword, char[] newPassword) {
        H2Files.changeEncryption(file, oldPassword, newPassword);
    }

    public DSLContext dsl() {
        return dsl;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    /** True for a PostgreSQL server database (several users, logins); false for embedded H2. */
    public boolean isServer() {
        return dialect.family() == SQLDialect.POSTGRES;
    }

    /** The H2 file (without {@code .mv.db}) of an embedded file database; empty for memory and servers. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The server address of a server database; empty for embedded H2. */
    public Optional<ServerAddress> server() {
        return Optional.ofNullable(server);
    }

    public String description() {
        return description;
    }

    /** Closes the pool; an embedded file that has grown mostly dead is compacted first (see {@link H2Files}). */
    @Override
    public void close() {
        try {
            if (file != null) {
                H2Files.compactIfMostlyFree(dsl(), file);
            }
        } catch (org.jooq.exception.DataAccessException | NumberFormatException e) {
            // The data is safe either way (H2 compacts into a new file): the file just stays larger.
            System.getLogger(Database.class.getName()).log(System.Logger.Level.WARNING,
                    "Compacting " + file + " failed; it stays as it is", e);
        } finally {
            pool.dispose();
        }
    }
}
