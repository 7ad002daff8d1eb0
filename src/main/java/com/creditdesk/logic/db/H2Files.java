package com.creditdesk.logic.db;

import com.creditdesk.logic.UserFacingException;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The embedded H2 file: opening (read-only schema check first), migrating a copy that replaces the
 * original only on success, and AES encryption. Only {@link Database} uses it.
 */
final class H2Files {

    /** H2: "Database may be already in use" — another process holds the file lock. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    /** H2: wrong user name or password (or an encrypted file opened without its key). */
    private static final int H2_WRONG_USER_OR_PASSWORD = 28000;
    /** H2: wrong file password, or an encrypted file opened without one (it then looks corrupted). */
    private static final int H2_FILE_ENCRYPTION_ERROR = 90049;
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int H2_DATABASE_CLOSED = 90121;

    private H2Files() {
    }

    static Database openFile(Path file, char[] password, List<String> extraLocations) {
        Path absolute = stripH2Suffix(file.toAbsolutePath().normalize());
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "error.db.directory", absolute.getParent());
        }
        String description = absolute.toString();
        boolean exists = Files.exists(Path.of(absolute + ".mv.db"));
        try {
            if (exists) {
                // Look at the schema read-only: an open for writing would already rewrite the file.
                JdbcConnectionPool readOnly = connect(fileUrl(absolute, password) + ";ACCESS_MODE_DATA=r", password, description);
                MigrationInfoService info;
                try {
                    if (extraLocations.isEmpty() && isCurrent(readOnly)) {
                        readOnly.dispose();
                        return open(absolute, password, description);
                    }
                    info = Migrations.flyway(readOnly, SQLDialect.H2, extraLocations).info();
                } finally {
                    readOnly.dispose();
                }
                if (info.pending().length > 0) {
                    migrateCopyThenSwap(absolute, password, extraLocations);
                }
                return open(absolute, password, description);
            }
            JdbcConnectionPool pool = connect(fileUrl(absolute, password), password, description);
            try {
                Migrations.flyway(pool, SQLDialect.H2, extraLocations).migrate();
            } catch (FlywayException e) {
                pool.dispose();
                throw e;
            }
            return new Database(pool, SQLDialect.H2, description, absolute, password);
        } catch (FlywayException e) {
            throw new UserFacingException(e, "error.db.migration", description, e.getMessage());
        }
    }

    private static Database open(Path absolute, char[] password, String description) {
        return new Database(connect(fileUrl(absolute, password), password, description), SQLDialect.H2, description, absolute,
                password);
    }

    /**
     * Whether the schema history already reaches {@link Database#SCHEMA_VERSION}: then Flyway (half
     * a second of class loading and classpath scanning at every start) is not needed at all.
     */
    private static boolean isCurrent(JdbcConnectionPool pool) {
        try {
            DSLContext dsl = DSL.using(pool, SQLDialect.H2);
            org.jooq.Table<?> history = DSL.table(DSL.name("flyway_schema_history"));
            org.jooq.Field<String> version = DSL.field(DSL.name("version"), String.class);
            org.jooq.Field<Boolean> success = DSL.field(DSL.name("success"), Boolean.class);
            boolean failed = dsl.fetchExists(DSL.selectOne().from(history).where(success.isFalse()));
            List<String> versions = dsl.select(version).from(history).where(success.isTrue().and(version.isNotNull())).fetch(version);
            int highest = versions.stream().mapToInt(Integer::parseInt).max().orElse(0);
            return !failed && highest == Database.SCHEMA_VERSION;
        } catch (org.jooq.exception.DataAccessException | NumberFormatException e) {
            return false; // no or unexpected history: let Flyway decide
        }
    }

    // WRITE_DELAY=0: a commit is written to the file before it returns. H2's default buffers
    // commits for up to half a second, and a killed process would lose them (the crash test shows it).
    // REUSE_SPACE=FALSE: every commit is appended at the end of the file, where recovery finds it by
    // the file's last block. With space reuse, H2 2.5.252 sometimes writes a commit into a free gap
    // without updating the store header that recovery starts from, and after a kill that commit (and
    // those after it) are gone: the crash test under heavy load lost one in ~17% of short runs, none
    // with this setting. The file then only grows; compactIfMostlyFree shrinks it when closing.
    static final String FILE_OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;REUSE_SPACE=FALSE";

    private static String fileUrl(Path absolute, char[] password) {
        return "jdbc:h2:file:" + absolute + FILE_OPTIONS + (password != null ? ";CIPHER=AES" : "");
    }

    /** Above this size a file whose chunks are mostly dead is rewritten when the database closes. */
    static final long COMPACT_ABOVE_BYTES = 8L << 20;
    private static final int COMPACT_BELOW_FILL_PERCENT = 50;

    /**
     * Rewrites the file with only its live data ({@code SHUTDOWN COMPACT}: H2 writes a new file and
     * then replaces the old one, so a crash during it leaves the old file) when it has grown past
     * {@link #COMPACT_ABOVE_BYTES} and less than half of it is live. Returns whether it did; the
     * database is closed then.
     */
    static boolean compactIfMostlyFree(DSLContext dsl, Path absolute) {
        try {
            if (Files.size(Path.of(absolute + ".mv.db")) < COMPACT_ABOVE_BYTES) {
                return false;
            }
        } catch (IOException e) {
            return false; // no file (deleted or moved under us): nothing to compact
        }
        org.jooq.Field<String> name = DSL.field(DSL.name("SETTING_NAME"), String.class);
        org.jooq.Field<String> value = DSL.field(DSL.name("SETTING_VALUE"), String.class);
        String fill = dsl.select(value).from(DSL.table(DSL.name("INFORMATION_SCHEMA", "SETTINGS")))
                .where(name.eq("info.CHUNKS_FILL_RATE")).fetchOne(value);
        if (fill == null || Integer.parseInt(fill.strip()) >= COMPACT_BELOW_FILL_PERCENT) {
            return false;
        }
        // jOOQ has no statement for H2's SHUTDOWN; this is the one plain-SQL statement of the app.
        try {
            dsl.execute("SHUTDOWN COMPACT");
        } catch (org.jooq.exception.DataAccessException e) {
            // H2 answers the statement that closed the database with "database is already closed".
            if (!(e.getCause() instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_CLOSED)) {
                throw e;
            }
        }
        return true;
    }

    private static void migrateCopyThenSwap(Path absolute, char[] password, List<String> extraLocations) {
        Path original = Path.of(absolute + ".mv.db");
        Path copyBase = absolute.resolveSibling(absolute.getFileName() + "-upgrading");
        Path copy = Path.of(copyBase + ".mv.db");
        try {
            Files.copy(original, copy, StandardCopyOption.REPLACE_EXISTING);
            JdbcConnectionPool copyPool = connect(fileUrl(copyBase, password), password, copy.toString());
            try {
                Migrations.flyway(copyPool, SQLDialect.H2, extraLocations).migrate();
            } finally {
                copyPool.dispose();
            }
            Path kept = DataDirectory.backupDirectory(absolute).resolve(absolute.getFileName() + "-before-upgrade-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".mv.db");
            Files.createDirectories(kept.getParent());
            Files.copy(original, kept);
            Files.move(copy, original, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserFacingException(e, "error.db.migration", absolute, e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                throw new UserFacingException(e, "error.db.migration", absolute, e.getMessage());
            }
        }
    }

    /** A private in-memory database (tests, dry runs); the same name in one JVM is the same database. */
    static Database openInMemory(String name) {
        String description = "mem:" + name;
        JdbcConnectionPool pool = connect("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", null, description);
        try {
            Migrations.flyway(pool, SQLDialect.H2, List.of()).migrate();
        } catch (FlywayException e) {
            pool.dispose();
            throw new UserFacingException(e, "error.db.migration", description, e.getMessage());
        }
        return new Database(pool, SQLDialect.H2, description, null);
    }

    /** H2's password for an encrypted file is "FILE_PASSWORD USER_PASSWORD"; the user has none. */
    private static JdbcConnectionPool connect(String url, char[] password, String description) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", password == null ? "" : h2FilePassword(password) + " ");
        pool.setMaxConnections(8);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, description);
        }
        return pool;
    }

    private static UserFacingException translate(SQLException e, String description) {
        if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
            return new UserFacingException(e, "error.db.locked", description);
        }
        if (e.getErrorCode() == H2_WRONG_USER_OR_PASSWORD || e.getErrorCode() == H2_FILE_ENCRYPTION_ERROR) {
            return new UserFacingException(e, "error.db.password", description);
        }
        if (e.getErrorCode() == H2_FILE_CORRUPTED) {
            return new UserFacingException(e, isEncrypted(Path.of(description)) ? "error.db.password" : "error.db.corrupt",
                    description);
        }
        return new UserFacingException(e, "error.db.open", description, e.getMessage());
    }

    /**
     * The file key handed to H2: the SHA-256 of the user's password in hex. H2's own tools derive
     * different keys from non-ASCII passwords than its JDBC driver does (a Chinese password could
     * encrypt a file that its converter then cannot open), so H2 only ever sees ASCII.
     */
    static String h2FilePassword(char[] password) {
        java.security.MessageDigest digest = com.creditdesk.logic.Hashing.sha256();
        byte[] hash = digest.digest(new String(password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(hash);
    }

    static boolean isEncrypted(Path file) {
        Path data = Path.of(stripH2Suffix(file.toAbsolutePath()) + ".mv.db");
        if (!Files.isRegularFile(data)) {
            return false;
        }
        try (java.io.InputStream in = Files.newInputStream(data)) {
            byte[] header = in.readNBytes(9);
            return new String(header, java.nio.charset.StandardCharsets.US_ASCII).equals("H2encrypt");
        } catch (IOException e) {
            return false;
        }
    }

    static void changeEncryption(Path file, char[] oldPassword, char[] newPassword) {
        Path absolute = stripH2Suffix(file.toAbsolutePath().normalize());
        // Opening first checks the password (with a clear message) and brings the schema up to date.
        openFile(absolute, oldPassword, List.of()).close();
        try {
            org.h2.tools.ChangeFileEncryption.execute(absolute.getParent().toString(), absolute.getFileName().toString(),
                    "AES", oldPassword == null ? null : h2FilePassword(oldPassword).toCharArray(),
                    newPassword == null ? null : h2FilePassword(newPassword).toCharArray(), true);
        } catch (SQLException e) {
            throw e.getErrorCode() == H2_FILE_ENCRYPTION_ERROR || e.getErrorCode() == H2_FILE_CORRUPTED
                    ? new UserFacingException(e, "error.db.password", absolute)
                    : new UserFacingException(e, "error.db.encryption", absolute, e.getMessage());
        }
    }

    static Path stripH2Suffix(Path file) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".mv.db")) {
            return file.resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
        }
        return file;
    }
}
