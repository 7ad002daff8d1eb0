package com.creditdesk.logic.exchange;

import com.creditdesk.logic.Hashing;
import com.creditdesk.logic.UserFacingException;
import com.creditdesk.model.exchange.PackageFile;
import com.creditdesk.model.exchange.ReceiveReport;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.zip.ZipFile;

import static com.creditdesk.logic.db.generated.Tables.EXCHANGE_PACKAGE;

/**
 * The city receives a county's 报送包: verified completely first (a tampered or foreign file is
 * refused before anything is written), evidence files copied into the content-addressed store,
 * then the data applied in one transaction.
 */
public final class PackageReceiver {

    private final DSLContext dsl;
    private final Path filesDirectory;
    private final String actor;

    public PackageReceiver(DSLContext dsl, Path filesDirectory, String actor) {
        this.dsl = dsl;
        this.filesDirectory = filesDirectory;
        this.actor = actor;
    }

    /** Receives one package; {@code key} is the shared key, or null for unsigned packages. */
    public ReceiveReport receive(Path file, byte[] key) {
        VerifiedPackage pkg = new PackageVerifier().verify(file, key);
        refuseOlder(dsl, pkg);
        // Before the transaction: a file whose transaction then fails stays in the store unused,
        // which is harmless (content-addressed), while the reverse would leave rows without files.
        copyFiles(pkg);
        return dsl.transactionResult(configuration -> new PackageApplier(DSL.using(configuration), pkg, actor).apply());
    }

    /** A package older than the last one received from the same county would undo newer work. */
    static void refuseOlder(DSLContext dsl, VerifiedPackage pkg) {
        LocalDateTime created = LocalDateTime.parse(pkg.manifest().createdAt());
        LocalDateTime last = dsl.select(org.jooq.impl.DSL.max(EXCHANGE_PACKAGE.CREATED_AT)).from(EXCHANGE_PACKAGE)
                .where(EXCHANGE_PACKAGE.COUNTY_CODE.eq(pkg.manifest().countyCode())).fetchOne(0, LocalDateTime.class);
        if (last != null && created.isBefore(last)) {
            throw new UserFacingException("exchange.error.older", pkg.fileName(), pkg.manifest().countyName(),
                    created.toString().replace('T', ' '), last.toString().replace('T', ' '));
        }
    }

    private void copyFiles(VerifiedPackage pkg) {
        try (ZipFile zip = new ZipFile(pkg.file().toFile())) {
            for (PackageFile file : pkg.ledger().files()) {
                Path target = PackageFormat.storedFile(filesDirectory, file.sha256());
                if (Files.isRegularFile(target)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Path temp = Files.createTempFile(target.getParent(), ".receiving-", "");
                try {
                    try (InputStream in = zip.getInputStream(zip.getEntry(PackageFormat.FILES + file.sha256()))) {
                        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                    }
                    // The package could have been replaced since it was verified: check the copy itself.
                    if (!Hashing.sha256(temp).equals(file.sha256())) {
                        throw new UserFacingException("exchange.error.tampered", pkg.fileName(), PackageFormat.FILES + file.sha256());
                    }
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserFacingException userFacing) {
                throw userFacing;
            }
            throw new UserFacingException(e, "exchange.error.fileCopy", pkg.fileName(), filesDirectory, e.getMessage());
        }
    }
}
