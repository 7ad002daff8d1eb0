package com.creditdesk.logic.evidence;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.DataDirectory;
import com.creditdesk.logic.files.TableContentStore;
import com.creditdesk.model.evidence.CopyProgress;
import com.creditdesk.model.evidence.StoredContent;
import org.jooq.DSLContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The content-addressed evidence file store: {@code files/<first 2 hex of sha256>/<sha256>} next to
 * the database file (the backup and exchange code rely on this layout). A file is copied to a
 * temporary file inside the store while it is hashed, forced to disk, then moved into place
 * atomically, so a stored name always holds complete content. Optionally encrypted (see
 * {@link FileCipher}); the name is always the hash of the plain content.
 * <p>
 * A server (or in-memory) database keeps the contents in its {@code file_content} table instead
 * ({@link #inDatabase}): written inside the caller's transaction ({@link #put(DSLContext, Path,
 * CopyProgress)}), so the content and the rows that refer to it are committed together.
 */
public final class FileStore {

    public static final long DEFAULT_MAX_BYTES = 1L << 30;
    static final String TEMP_PREFIX = ".incoming-";
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 256 * 1024;
    private static final String TABLE = "file_content";

    /** The files/ folder; null when the contents are in the database. */
    private final Path root;
    /** The database whose file_content table holds the contents; null for a folder. */
    private final DSLContext database;
    private final long maxBytes;
    private final FileCipher cipher;

    public FileStore(Path root) {
        this(root, DEFAULT_MAX_BYTES, null);
    }

    public FileStore(Path root, long maxBytes) {
        this(root, maxBytes, null);
    }

    /** {@code cipher} null: files are stored as delivered. */
    public FileStore(Path root, long maxBytes, FileCipher cipher) {
        this(root.toAbsolutePath().normalize(), null, maxBytes, cipher);
    }

    private FileStore(Path root, DSLContext database, long maxBytes, FileCipher cipher) {
        this.root = root;
        this.database = database;
        this.maxBytes = maxBytes;
        this.cipher = cipher;
    }

    /** The store of a server (or in-memory) database: contents in its file_content table, never encrypted. */
    public static FileStore inDatabase(DSLContext dsl, long maxBytes) {
        return new FileStore(null, dsl, maxBytes, null);
    }

    /** The store that belongs to a database file: its sibling {@code files/} folder. */
    public static FileStore forDatabase(Path databaseFile, long maxBytes) {
        return new FileStore(DataDirectory.filesDirectory(databaseFile), maxBytes);
    }

    public FileStore withMaxBytes(long newMaxBytes) {
        return new FileStore(root, database, newMaxBytes, cipher);
    }

    public FileStore withCipher(FileCipher newCipher) {
        return new FileStore(root, database, maxBytes, newCipher);
    }

    /** Whether the contents are in the database's file_content table (not in a folder). */
    public boolean inDatabase() {
        return database != null;
    }

    /** The files/ folder (a folder store only). */
    public Path root() {
        requireFolder();
        return root;
    }

    /** Where the contents are, as the user is told: the folder, or the database table. */
    public String location() {
        return root != null ? root.toString() : TABLE;
    }

    /** Where one content is, as the user is told. */
    public String location(String sha256) {
        return root != null ? pathOf(sha256).toString() : TABLE + "/" + sha256;
    }

    private void requireFolder() {
        if (root == null) {
            throw new IllegalStateException("the contents are in the database table " + TABLE);
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    public boolean encrypted() {
        return cipher != null;
    }

    /** Where the content with this hash is (or would be) kept. */
    public Path pathOf(String sha256) {
        if (!HASH.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
        requireFolder();
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    public boolean contains(String sha256) {
        return database != null ? new TableContentStore(database).contains(sha256) : Files.isRegularFile(pathOf(sha256));
    }

    /**
     * Copies {@code source} into the store. Refuses a file above the size limit before copying;
     * a source that cannot be read, disappears or changes during the copy leaves nothing behind.
     */
    public StoredContent put(Path source, CopyProgress progress) {
        return put(database, source, progress);
    }

    /**
     * {@link #put(Path, CopyProgress)}, in the transaction {@code tx} when the contents are in the
     * database (a folder store copies at once: its file is not part of any transaction).
     */
    public StoredContent put(DSLContext tx, Path source, CopyProgress progress) {
        String name = source.getFileName() == null ? source.toString() : source.getFileName().toString();
        long size = sizeOf(source);
        ContentSource content = () -> Files.newInputStream(source);
        return database == null ? put(name, size, content, source.toString(), progress)
                : new TableWriter(new TableContentStore(tx), maxBytes).put(name, size, content, source.toString(), progress);
    }

    private static long sizeOf(Path source) {
        if (!Files.exists(source)) {
            throw new UserFacingException("evidence.error.notFound", source);
        }
        if (!Files.isRegularFile(source)) {
            throw new UserFacingException("evidence.error.notAFile", source);
        }
        try {
            return Files.size(source);
        } catch (IOException e) {
            throw new UserFacingException(e, "evidence.error.unreadable", source, describe(e));
        }
    }

    /** The stream form of {@link #put(Path, CopyProgress)}: {@code expectedSize} is checked after the copy. */
    public StoredContent put(String originalName, long expectedSize, ContentSource content, String shownAs,
                             CopyProgress progress) {
        if (database != null) {
            return new TableWriter(new TableContentStore(database), maxBytes).put(originalName, expectedSize, content, shownAs,
                    progress);
        }
        refuseAboveLimit(expectedSize, shownAs);
        Path temp = null;
        try {
            Files.createDirectories(root);
            temp = root.resolve(TEMP_PREFIX + UUID.randomUUID() + ".tmp");
            MessageDigest digest = com.creditdesk.logic.Hashing.sha256();
            long copied;
            try (InputStream in = open(content, shownAs);
                 FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream raw = Channels.newOutputStream(channel);
                OutputStream out = cipher == null ? raw : cipher.encrypting(raw);
                copied = copy(in, out, digest, expectedSize, shownAs, progress);
                out.flush();
                if (cipher != null) {
                    out.close(); // writes the last segment; closes the channel too
                } else {
                    channel.force(true);
                }
            }
            if (cipher != null) {
                try (FileChannel sync = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    sync.force(true);
                }
            }
            requireSize(copied, expectedSize, shownAs);
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(sha256);
            boolean already = Files.isRegularFile(target);
            if (already) {
                Files.delete(temp);
            } else {
                Files.createDirectories(target.getParent());
                moveIntoPlace(temp, target);
            }
            temp = null;
            return new StoredContent(sha256, copied, MediaTypes.guess(originalName), originalName, already);
        } catch (IOException e) {
            throw new UserFacingException(e, "evidence.error.copyFailed", shownAs, describe(e));
        } finally {
            deleteQuietly(temp);
        }
    }

    void refuseAboveLimit(long size, String shownAs) {
        refuseAboveLimit(size, maxBytes, shownAs);
    }

    static void refuseAboveLimit(long size, long maxBytes, String shownAs) {
        if (size > maxBytes) {
            throw new UserFacingException("evidence.error.tooLarge", shownAs, Sizes.human(size), Sizes.human(maxBytes));
        }
    }

    static void requireSize(long copied, long expectedSize, String shownAs) {
        if (copied != expectedSize) {
            throw new UserFacingException("evidence.error.changedDuringCopy", shownAs);
        }
    }

    static InputStream open(ContentSource content, String shownAs) throws IOException {
        try {
            return content.open();
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, "evidence.error.notFound", shownAs);
        } catch (AccessDeniedException e) {
            throw new UserFacingException(e, "evidence.error.unreadable", shownAs, describe(e));
        }
    }

    private long copy(InputStream in, OutputStream out, MessageDigest digest, long expectedSize, String shownAs,
                      CopyProgress progress) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long copied = 0;
        int n;
        progress.update(0, expectedSize);
        while ((n = in.read(buffer)) > 0) {
            copied += n;
            if (copied > maxBytes) {
                throw new UserFacingException("evidence.error.tooLarge", shownAs, Sizes.human(copied), Sizes.human(maxBytes));
            }
            digest.update(buffer, 0, n);
            out.write(buffer, 0, n);
            progress.update(copied, expectedSize);
        }
        return copied;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // Stored meanwhile by another copy of the same content: that one is as good as ours.
            Files.delete(temp);
        }
    }

    /** Opens the plain content of a stored file. */
    public InputStream open(String sha256, boolean encrypted) throws IOException {
        // A row of the table is read whole (JDBC drivers hand bytea/varbinary over at once).
        InputStream in = database != null ? new ByteArrayInputStream(new TableContentStore(database).read(sha256))
                : Files.newInputStream(pathOf(sha256));
        if (!encrypted) {
            return in;
        }
        if (cipher == null) {
            in.close();
            throw new UserFacingException("evidence.error.needPassword", sha256);
        }
        return cipher.decrypting(in);
    }

    /** SHA-256 of the plain content as stored now. */
    public String rehash(String sha256, boolean encrypted) throws IOException {
        try (InputStream in = open(sha256, encrypted)) {
            return com.creditdesk.logic.Hashing.sha256(in);
        }
    }

    /** Removes a stored content (only when no row refers to it any more: the caller checks). */
    public void delete(String sha256) throws IOException {
        if (database != null) {
            new TableContentStore(database).delete(List.of(sha256));
        } else {
            Files.deleteIfExists(pathOf(sha256));
        }
    }

    /**
     * Contents no row refers to any more, found in transaction {@code tx}: deleted in it when they
     * are in the database; a folder's files are returned, to {@link #delete} once {@code tx} committed.
     */
    public List<String> deleteWith(DSLContext tx, List<String> hashes) {
        if (database == null) {
            return hashes;
        }
        new TableContentStore(tx).delete(hashes);
        return List.of();
    }

    /** The hashes of every content in the store, and separately every other file (temporary or stray). */
    public Listing list() throws IOException {
        List<String> hashes = new ArrayList<>();
        List<Path> strays = new ArrayList<>();
        if (database != null) {
            return new Listing(new TableContentStore(database).list(), strays);
        }
        if (!Files.isDirectory(root)) {
            return new Listing(hashes, strays);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                boolean wellPlaced = HASH.matcher(name).matches() && file.getParent().equals(root.resolve(name.substring(0, 2)));
                if (wellPlaced) {
                    hashes.add(name);
                } else if (!file.equals(root.resolve(StoreKeys.SALT_FILE))) {
                    strays.add(file);
                }
            }
        }
        return new Listing(hashes, strays);
    }

    /** What {@link #list()} found. */
    public record Listing(List<String> hashes, List<Path> strays) {
    }

    static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Not rethrown: the copy's own failure is the message the user needs; a temporary
            // file left behind is listed by the integrity check, which can remove it.
            return;
        }
    }

    /** Where content comes from: opened once, read to the end. */
    @FunctionalInterface
    public interface ContentSource {
        InputStream open() throws IOException;
    }
}
