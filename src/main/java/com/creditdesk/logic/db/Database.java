package com.creditdesk.logic.db;

import com.creditdesk.logic.UserFacingException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The embedded H2 database: migrated by Flyway on open, reached through one immutable
 * {@link DSLContext} that repositories receive by constructor.
 */
public final class Database implements AutoCloseable {

    /** H2: "Database may be already in use" — another process holds the file lock. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    /** H2: wrong user name or password (or an encrypted file opened without its key). */
    private static final int H2_WRONG_USER_OR_PASSWORD = 28000;

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final String description;

    private Database(JdbcConnectionPool pool, String description) {
        this.pool = pool;
        this.description = description;
        Settings settings = new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
        this.dsl = DSL.using(pool, SQLDialect.H2, settings);
    }

    /** Opens (creating if needed) the H2 file {@code file} (no {@code .mv.db} suffix) and migrates it. */
    public static Database openFile(Path file) {
        Path absolute = stripH2Suffix(file.toAbsolutePath().normalize());
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "error.db.directory", absolute.getParent());
        }
        // WRITE_DELAY=0: a commit is written to the file before it returns. H2's default buffers
        // commits for up to half a second, and a killed process would lose them (the crash test shows it).
        return open("jdbc:h2:file:" + absolute + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", absolute.toString());
    }

    /** A private in-memory database with the real migrations: for tests and dry runs. */
    public static Database openInMemory(String name) {
        return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "mem:" + name);
    }

    private static Database open(String url, String description) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, description);
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            pool.dispose();
            throw new UserFacingException(e, "error.db.migration", description, e.getMessage());
        }
        return new Database(pool, description);
    }

    private static UserFacingException translate(SQLException e, String description) {
        if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
            return new UserFacingException(e, "error.db.locked", description);
        }
        if (e.getErrorCode() == H2_WRONG_USER_OR_PASSWORD) {
            return new UserFacingException(e, "error.db.password", description);
        }
        return new UserFacingException(e, "error.db.open", description, e.getMessage());
    }

    private static Path stripH2Suffix(Path file) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".mv.db")) {
            return file.resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
        }
        return file;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
