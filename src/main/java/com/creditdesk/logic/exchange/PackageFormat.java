package com.creditdesk.logic.exchange;

import com.creditdesk.logic.UserFacingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The layout of a 报送包 (.zip): {@code manifest.json} (county, time, app version, SHA-256 of
 * every other part), {@code campaigns.json}, {@code files/<sha256>} for each evidence file, and
 * optionally {@code manifest.hmac}: the HMAC-SHA256 of the manifest's bytes with the key the
 * county and the city agreed on, so a package cannot be altered and re-hashed on the way.
 */
public final class PackageFormat {

    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "manifest.hmac";
    public static final String LEDGER = "campaigns.json";
    public static final String FILES = "files/";
    static final Pattern FILE_PART = Pattern.compile("files/[0-9a-f]{64}");

    private PackageFormat() {
    }

    static ObjectMapper json() {
        return new ObjectMapper();
    }

    /** HMAC-SHA256 of {@code data}, lower-case hex. */
    static String hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    /** Where the content-addressed store keeps the file with this hash: {@code <first 2 hex>/<sha256>}. */
    public static Path storedFile(Path filesDirectory, String sha256) {
        return filesDirectory.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /**
     * The shared key from a key file: its text without surrounding white space (a key typed into
     * a text editor ends with a line break the other side may not have).
     */
    public static byte[] readKeyFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UserFacingException(e, "exchange.error.keyFile", file);
        }
        if (text.isEmpty()) {
            throw new UserFacingException("exchange.error.keyFile", file);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A key typed by the coordinator; blank means "no signature". */
    public static byte[] key(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip().getBytes(StandardCharsets.UTF_8);
    }
}
