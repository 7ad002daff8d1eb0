package com.creditdesk.logic.evidence;

import com.creditdesk.logic.UserFacingException;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * The file store's key: PBKDF2-HMAC-SHA256 of the database password with a random salt kept in
 * the store ({@value #SALT_FILE}, travels with the files in backups), 210 000 iterations.
 */
final class StoreKeys {

    static final String SALT_FILE = "store.salt";
    private static final int ITERATIONS = 210_000;

    private StoreKeys() {
    }

    static FileCipher cipherFor(Path root, char[] password) {
        try {
            byte[] salt = salt(root);
            PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, 256);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return new SegmentedAesGcm(new SecretKeySpec(key, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has PBKDF2WithHmacSHA256", e);
        } catch (IOException e) {
            throw new UserFacingException(e, "evidence.error.storeUnreadable", root, FileStore.describe(e));
        }
    }

    private static byte[] salt(Path root) throws IOException {
        Path file = root.resolve(SALT_FILE);
        if (Files.isRegularFile(file)) {
            return Files.readAllBytes(file);
        }
        Files.createDirectories(root);
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Path temp = root.resolve(SALT_FILE + ".new");
        Files.write(temp, salt);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        return salt;
    }
}
