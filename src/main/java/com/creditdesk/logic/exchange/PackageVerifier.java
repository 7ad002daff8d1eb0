package com.creditdesk.logic.exchange;

import com.creditdesk.logic.Hashing;
import com.creditdesk.logic.UserFacingException;
import com.creditdesk.model.exchange.PackageCampaign;
import com.creditdesk.model.exchange.PackageFile;
import com.creditdesk.model.exchange.PackageLedger;
import com.creditdesk.model.exchange.PackageManifest;
import com.creditdesk.model.exchange.PackageRow;
import com.fasterxml.jackson.core.JacksonException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a 报送包 before anything is written: a zip with a manifest of the right format, a valid
 * signature when a key is given (and only then), every part present with its SHA-256, no part
 * the manifest does not list, and a ledger whose evidence files are all in the package.
 */
public final class PackageVerifier {

    public VerifiedPackage verify(Path file, byte[] key) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("exchange.error.notFound", file);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(PackageFormat.MANIFEST);
            if (manifestEntry == null) {
                throw new UserFacingException("exchange.error.notAPackage", name);
            }
            byte[] manifestBytes = read(zip, manifestEntry);
            PackageManifest manifest = parseManifest(name, manifestBytes);
            boolean signed = checkSignature(zip, name, manifestBytes, key);
            checkParts(zip, name, manifest, signed);
            PackageLedger ledger = parseLedger(zip, name);
            return new VerifiedPackage(file, Hashing.sha256(file), manifest, ledger, signed);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // Not a zip, a damaged one, or a name the zip reader cannot decode.
            throw new UserFacingException(e, "exchange.error.unreadable", name);
        }
    }

    private static PackageManifest parseManifest(String name, byte[] bytes) {
        PackageManifest manifest;
        try {
            manifest = PackageFormat.json().readValue(bytes, PackageManifest.class);
        } catch (IOException e) {
            throw new UserFacingException(e, "exchange.error.notAPackage", name);
        }
        if (!PackageManifest.FORMAT.equals(manifest.format()) || blank(manifest.countyCode())
                || blank(manifest.countyName()) || blank(manifest.createdAt())) {
            throw new UserFacingException("exchange.error.notAPackage", name);
        }
        try {
            LocalDateTime.parse(manifest.createdAt());
        } catch (DateTimeParseException e) {
            throw new UserFacingException(e, "exchange.error.notAPackage", name);
        }
        return manifest;
    }

    private static boolean checkSignature(ZipFile zip, String name, byte[] manifestBytes, byte[] key) throws IOException {
        ZipEntry signature = zip.getEntry(PackageFormat.SIGNATURE);
        if (signature == null) {
            if (key != null) {
                throw new UserFacingException("exchange.error.signatureMissing", name);
            }
            return false;
        }
        if (key == null) {
            throw new UserFacingException("exchange.error.keyRequired", name);
        }
        byte[] expected = PackageFormat.hmac(key, manifestBytes).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = new String(read(zip, signature), StandardCharsets.US_ASCII).strip().getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, actual)) {
            throw new UserFacingException("exchange.error.signatureMismatch", name);
        }
        return true;
    }

    private static void checkParts(ZipFile zip, String name, PackageManifest manifest, boolean signed) throws IOException {
        Set<String> listed = new HashSet<>();
        listed.add(PackageFormat.MANIFEST);
        if (signed) {
            listed.add(PackageFormat.SIGNATURE);
        }
        for (PackageManifest.Part part : manifest.parts()) {
            boolean wellNamed = part.name().equals(PackageFormat.LEDGER)
                    || (PackageFormat.FILE_PART.matcher(part.name()).matches()
                    && part.name().endsWith(part.sha256() == null ? "?" : part.sha256()));
            if (!wellNamed || !listed.add(part.name())) {
                throw new UserFacingException("exchange.error.tampered", name, part.name());
            }
            ZipEntry entry = zip.getEntry(part.name());
            if (entry == null) {
                throw new UserFacingException("exchange.error.missingPart", name, part.name());
            }
            try (InputStream in = zip.getInputStream(entry)) {
                if (!Hashing.sha256(in).equals(part.sha256())) {
                    throw new UserFacingException("exchange.error.tampered", name, part.name());
                }
            }
        }
        if (!listed.contains(PackageFormat.LEDGER)) {
            throw new UserFacingException("exchange.error.missingPart", name, PackageFormat.LEDGER);
        }
        for (ZipEntry entry : zip.stream().toList()) {
            if (!listed.contains(entry.getName())) {
                throw new UserFacingException("exchange.error.tampered", name, entry.getName());
            }
        }
    }

    private static PackageLedger parseLedger(ZipFile zip, String name) throws IOException {
        PackageLedger ledger;
        try {
            ledger = PackageFormat.json().readValue(read(zip, zip.getEntry(PackageFormat.LEDGER)), PackageLedger.class);
        } catch (JacksonException | NullPointerException e) {
            throw new UserFacingException(e, "exchange.error.badData", name, PackageFormat.LEDGER);
        }
        if (!PackageLedger.FORMAT.equals(ledger.format())) {
            throw new UserFacingException("exchange.error.badData", name, PackageFormat.LEDGER);
        }
        Set<String> carried = ledger.files().stream().map(PackageFile::sha256).collect(Collectors.toSet());
        for (String sha256 : carried) {
            if (zip.getEntry(PackageFormat.FILES + sha256) == null) {
                throw new UserFacingException("exchange.error.missingPart", name, PackageFormat.FILES + sha256);
            }
        }
        for (PackageCampaign campaign : ledger.campaigns()) {
            if (campaign.campaign() == null || blank(campaign.campaign().uuid())) {
                throw new UserFacingException("exchange.error.badData", name, PackageFormat.LEDGER);
            }
            for (Map.Entry<String, java.util.List<PackageRow>> rows : campaign.rows().entrySet()) {
                for (PackageRow row : rows.getValue()) {
                    if (blank(row.uuid())) {
                        throw new UserFacingException("exchange.error.badData", name, rows.getKey());
                    }
                    String files = row.fields().get(RowReader.FILES);
                    for (String sha256 : files == null ? new String[0] : files.split(",")) {
                        if (!carried.contains(sha256)) {
                            throw new UserFacingException("exchange.error.missingPart", name, PackageFormat.FILES + sha256);
                        }
                    }
                }
            }
        }
        return ledger;
    }

    private static byte[] read(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
