package com.creditdesk.logic.evidence;

import com.creditdesk.logic.Hashing;
import com.creditdesk.logic.UserFacingException;
import com.creditdesk.model.evidence.CopyProgress;
import com.creditdesk.model.evidence.StoredContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileStoreTest {

    @TempDir
    Path dir;

    private FileStore store() {
        return new FileStore(dir.resolve("files"));
    }

    private boolean storeIsEmpty(FileStore store) throws IOException {
        FileStore.Listing listing = store.list();
        return listing.hashes().isEmpty() && listing.strays().isEmpty();
    }

    @Test
    void storesByHashWithTwoHexFolderAndDedupes() throws Exception {
        Path a = Files.writeString(dir.resolve("通知.pdf"), "hello");
        List<Long> progress = new ArrayList<>();
        FileStore store = store();
        StoredContent first = store.put(a, (copied, total) -> progress.add(copied));
        assertEquals(Hashing.sha256(a), first.sha256());
        assertEquals(dir.resolve("files").resolve(first.sha256().substring(0, 2)).resolve(first.sha256()),
                store.pathOf(first.sha256()));
        assertTrue(Files.isRegularFile(store.pathOf(first.sha256())));
        assertEquals("application/pdf", first.mediaType());
        assertFalse(first.alreadyStored());
        assertEquals(5L, progress.get(progress.size() - 1));
        Path b = Files.writeString(dir.resolve("copy.pdf"), "hello");
        assertTrue(store.put(b, CopyProgress.NONE).alreadyStored());
        assertEquals(1, store.list().hashes().size());
        assertTrue(store.list().strays().isEmpty(), "no temporary file left");
    }

    @Test
    void refusesAFileAboveTheLimitBeforeCopying() throws Exception {
        Path big = dir.resolve("big.bin");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(2L * 1024 * 1024 * 1024); // sparse 2 GB
        }
        FileStore store = store();
        List<Long> progress = new ArrayList<>();
        UserFacingException e = assertThrows(UserFacingException.class, () -> store.put(big, (c, t) -> progress.add(c)));
        assertEquals("evidence.error.tooLarge", e.key());
        assertEquals("2.0 GB", e.args()[1]);
        assertEquals("1.0 GB", e.args()[2]);
        assertTrue(progress.isEmpty(), "refused before copying");
        assertTrue(storeIsEmpty(store));
    }

    @Test
    void missingAndUnreadableAndFolderSourcesAreRefusedClearly() throws Exception {
        FileStore store = store();
        assertEquals("evidence.error.notFound",
                assertThrows(UserFacingException.class, () -> store.put(dir.resolve("none.pdf"), CopyProgress.NONE)).key());
        assertEquals("evidence.error.notAFile",
                assertThrows(UserFacingException.class, () -> store.put(dir, CopyProgress.NONE)).key());
        Path locked = Files.writeString(dir.resolve("locked.pdf"), "secret");
        if (locked.toFile().setReadable(false) && !Files.isReadable(locked)) { // not as root
            assertEquals("evidence.error.unreadable",
                    assertThrows(UserFacingException.class, () -> store.put(locked, CopyProgress.NONE)).key());
        }
        assertTrue(storeIsEmpty(store));
    }

    @Test
    void aSourceThatFailsOrShrinksMidCopyLeavesNothing() throws Exception {
        FileStore store = store();
        byte[] data = new byte[1_000_000];
        new Random(1).nextBytes(data);
        UserFacingException failed = assertThrows(UserFacingException.class, () -> store.put("scan.pdf", data.length,
                () -> new InputStream() {
                    private final InputStream in = new ByteArrayInputStream(data);
                    private int read;

                    @Override
                    public int read() throws IOException {
                        if (++read > 400_000) {
                            throw new IOException("network share went away");
                        }
                        return in.read();
                    }
                }, "\\\\server\\scan.pdf", CopyProgress.NONE));
        assertEquals("evidence.error.copyFailed", failed.key());
        assertTrue(storeIsEmpty(store), "temporary file removed");
        UserFacingException shrunk = assertThrows(UserFacingException.class, () -> store.put("scan.pdf", data.length + 10,
                () -> new ByteArrayInputStream(data), "scan.pdf", CopyProgress.NONE));
        assertEquals("evidence.error.changedDuringCopy", shrunk.key());
        assertTrue(storeIsEmpty(store));
    }

    @Test
    void encryptedStoreKeepsThePlainHashAndRoundTrips() throws Exception {
        FileStore plain = store();
        FileStore store = plain.withCipher(StoreKeys.cipherFor(plain.root(), "密码123".toCharArray()));
        byte[] data = new byte[SegmentedAesGcm.SEGMENT * 3 + 17];
        new Random(2).nextBytes(data);
        Path source = Files.write(dir.resolve("scan.jpg"), data);
        StoredContent stored = store.put(source, CopyProgress.NONE);
        assertEquals(Hashing.sha256(source), stored.sha256());
        byte[] onDisk = Files.readAllBytes(store.pathOf(stored.sha256()));
        assertFalse(new String(onDisk, java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains(new String(data, 0, 64, java.nio.charset.StandardCharsets.ISO_8859_1)));
        try (InputStream in = store.open(stored.sha256(), true)) {
            assertArrayEquals(data, in.readAllBytes());
        }
        assertEquals(stored.sha256(), store.rehash(stored.sha256(), true));
        FileStore wrong = plain.withCipher(StoreKeys.cipherFor(plain.root(), "wrong".toCharArray()));
        assertThrows(IOException.class, () -> wrong.rehash(stored.sha256(), true));
        // Cut off the last segment: detected, not silently shorter.
        Files.write(store.pathOf(stored.sha256()), java.util.Arrays.copyOf(onDisk, onDisk.length - 33));
        assertThrows(IOException.class, () -> store.rehash(stored.sha256(), true));
        assertEquals(List.of(stored.sha256()), store.list().hashes(), "the salt file is not a stray");
        assertTrue(store.list().strays().isEmpty());
    }

    @Test
    void windowsSafeNames() {
        assertEquals("a：b＼c？.pdf", BinderNames.sanitize("a:b\\c?.pdf"));
        assertEquals("_CON.txt", BinderNames.sanitize("CON.txt"));
        assertEquals("x", BinderNames.sanitize("x. "));
        String longName = "很".repeat(200) + ".pdf";
        assertEquals(BinderNames.MAX_SEGMENT, BinderNames.sanitize(longName).length());
        assertTrue(BinderNames.sanitize(longName).endsWith(".pdf"));
    }
}
