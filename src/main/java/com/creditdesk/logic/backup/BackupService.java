package com.creditdesk.logic.backup;

import com.creditdesk.logic.AppVersion;
import com.creditdesk.logic.Hashing;
import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.db.Database;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backups of the database and the file store as one compressed archive with a manifest of
 * SHA-256 checksums, plus a {@code .sha256} file beside it that {@code sha256sum -c} accepts.
 * The database part is made by H2's online {@code BACKUP TO}, so it is consistent while the
 * app runs.
 */
public final class BackupService {

    static final String DATABASE_ENTRY = "database.zip";
    static final String MANIFEST_ENTRY = "manifest.json";
    static final String FILES_PREFIX = "files/";

    private final ObjectMapper json = new ObjectMapper();

    /** Writes a backup of the open database {@code db} and the folder {@code filesDir} (if any) to {@code out}. */
    public BackupManifest backup(Database db, Path filesDir, Path out) {
        if (db.isServer()) {
            throw new UserFacingException("error.server.fileOnly", "backup", db.description());
        }
        Path tempDir = null;
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            tempDir = Files.createTempDirectory(parent, ".backup-");
            Path dbZip = tempDir.resolve(DATABASE_ENTRY);
            db.dsl().query("BACKUP TO {0}", DSL.inline(dbZip.toString())).execute();
            List<BackupManifest.Entry> entries = new ArrayList<>();
            Path partial = tempDir.resolve("archive.zip");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                entries.add(addFile(zip, DATABASE_ENTRY, dbZip));
                if (filesDir != null && Files.isDirectory(filesDir)) {
                    List<Path> files;
                    try (Stream<Path> walk = Files.walk(filesDir)) {
                        files = walk.filter(Files::isRegularFile).sorted().toList();
                    }
                    for (Path file : files) {
                        String name = FILES_PREFIX + filesDir.relativize(file).toString().replace('\\', '/');
                        entries.add(addFile(zip, name, file));
                    }
                }
                BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, AppVersion.current(),
                        LocalDateTime.now().withNano(0).toString(), db.description(), entries);
                zip.putNextEntry(new ZipEntry(MANIFEST_ENTRY));
                zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
                zip.closeEntry();
                Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Files.writeString(checksumFile(out), Hashing.sha256(out) + "  " + out.getFileName() + "\n");
                return manifest;
            }
        } catch (IOException | org.jooq.exception.DataAccessException e) {
            throw new UserFacingException(e, "error.backup.write", out, e.getMessage());
        } finally {
            deleteTree(tempDir);
        }
    }

    private static BackupManifest.Entry addFile(ZipOutputStream zip, String name, Path file) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Files.copy(file, zip);
        zip.closeEntry();
        return new BackupManifest.Entry(name, Files.size(file), Hashing.sha256(file));
    }

    public static Path checksumFile(Path backup) {
        return backup.resolveSibling(backup.getFileName() + ".sha256");
    }

    /** Checks a backup without restoring it: archive readable, manifest present, every checksum right. */
    public BackupManifest verify(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new UserFacingException("error.backup.notFound", backup);
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST_ENTRY);
            if (manifestEntry == null) {
                throw new UserFacingException("error.backup.notABackup", backup.getFileName());
            }
            BackupManifest manifest;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest = json.readValue(in, BackupManifest.class);
            }
            if (!BackupManifest.FORMAT.equals(manifest.format())) {
                throw new UserFacingException("error.backup.notABackup", backup.getFileName());
            }
            for (BackupManifest.Entry entry : manifest.entries()) {
                ZipEntry zipEntry = zip.getEntry(entry.name());
                if (zipEntry == null) {
                    throw new UserFacingException("error.backup.damaged", backup.getFileName(), entry.name());
                }
                try (InputStream in = zip.getInputStream(zipEntry)) {
                    if (!entry.sha256().equals(Hashing.sha256(in))) {
                        throw new UserFacingException("error.backup.damaged", backup.getFileName(), entry.name());
                    }
                }
            }
            if (manifest.entries().stream().noneMatch(e -> e.name().equals(DATABASE_ENTRY))) {
                throw new UserFacingException("error.backup.damaged", backup.getFileName(), DATABASE_ENTRY);
            }
            return manifest;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserFacingException u) {
                throw u;
            }
            throw new UserFacingException(e, "error.backup.damaged", backup.getFileName(), e.getMessage());
        }
    }

    /**
     * Restores {@code backup} over the (closed) database {@code dbFile} and the folder {@code filesDir}.
     * The backup is verified first and restored into a temporary copy that must open; the current
     * data is kept as a backup of its own ({@code keepCurrentAs}) before it is replaced. The restored
     * database records the restore in its audit log (by {@code actor}, with the backup's SHA-256).
     */
    public void restore(Path backup, Path dbFile, Path filesDir, Path keepCurrentAs, String actor) {
        BackupManifest manifest = verify(backup);
        Path dbDir = dbFile.toAbsolutePath().getParent();
        String dbName = dbFile.getFileName().toString();
        Path tempDir = null;
        try {
            Files.createDirectories(dbDir);
            tempDir = Files.createTempDirectory(dbDir, ".restore-");
            Path restoredFiles = tempDir.resolve("files");
            try (ZipFile zip = new ZipFile(backup.toFile())) {
                extractDatabase(zip, tempDir, dbName);
                extractFiles(zip, restoredFiles);
            }
            // The restored copy must open (and migrate) before anything is replaced.
            Database.openFile(tempDir.resolve(dbName)).close();
            Path current = dbDir.resolve(dbName + ".mv.db");
            if (Files.exists(current)) {
                Database existing = Database.openFile(dbFile);
                try (existing) {
                    backup(existing, filesDir, keepCurrentAs);
                }
            }
            Files.move(tempDir.resolve(dbName + ".mv.db"), current, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            if (filesDir != null) {
                deleteTree(filesDir);
                if (Files.isDirectory(restoredFiles)) {
                    Files.move(restoredFiles, filesDir);
                }
            }
            String source = "restore of " + backup.getFileName() + " sha256 " + Hashing.sha256(backup);
            try (Database restored = Database.openFile(dbFile)) {
                new AuditLog(restored.dsl()).record(actor, AuditAction.OTHER, "database", null, "restore", null,
                        manifest.createdAt(), source.length() > 1000 ? source.substring(0, 1000) : source);
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "error.backup.restore", backup.getFileName(), e.getMessage());
        } finally {
            deleteTree(tempDir);
        }
    }

    private static void extractDatabase(ZipFile zip, Path targetDir, String dbName) throws IOException {
        try (ZipInputStream inner = new ZipInputStream(zip.getInputStream(zip.getEntry(DATABASE_ENTRY)))) {
            ZipEntry entry;
            while ((entry = inner.getNextEntry()) != null) {
                if (entry.getName().endsWith(".mv.db")) {
                    try (OutputStream out = Files.newOutputStream(targetDir.resolve(dbName + ".mv.db"))) {
                        inner.transferTo(out);
                    }
                    return;
                }
            }
        }
        throw new IOException("no database in " + DATABASE_ENTRY);
    }

    private static void extractFiles(ZipFile zip, Path targetDir) throws IOException {
        Map<String, ZipEntry> byName = new HashMap<>();
        zip.stream().forEach(e -> byName.put(e.getName(), e));
        for (Map.Entry<String, ZipEntry> e : byName.entrySet()) {
            String name = e.getKey();
            if (!name.startsWith(FILES_PREFIX) || e.getValue().isDirectory()) {
                continue;
            }
            Path target = targetDir.resolve(name.substring(FILES_PREFIX.length())).normalize();
            if (!target.startsWith(targetDir)) {
                throw new IOException("entry outside the file store: " + name);
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = zip.getInputStream(e.getValue())) {
                Files.copy(in, target);
            }
        }
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "error.backup.cleanup", dir, e.getMessage());
        }
    }
}
