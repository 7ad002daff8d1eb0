package com.creditdesk.logic.exchange;

import com.creditdesk.logic.AppVersion;
import com.creditdesk.logic.Hashing;
import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.ledger.SettingsRepository;
import com.creditdesk.model.exchange.PackageCampaign;
import com.creditdesk.model.exchange.PackageFile;
import com.creditdesk.model.exchange.PackageLedger;
import com.creditdesk.model.exchange.PackageManifest;
import com.creditdesk.model.exchange.PackageRow;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static com.creditdesk.logic.db.generated.Tables.CAMPAIGN;
import static com.creditdesk.logic.db.generated.Tables.STORED_FILE;

/**
 * A county's 报送包: its own campaigns (not the counties' campaigns a city database holds) with
 * tasks, indicators, evidence requirements and items verbatim, the evidence files they use, and
 * the manifest. Rows get their stable uuid on first export; nothing else is changed.
 */
public final class PackageExporter {

    private final DSLContext dsl;
    private final Path filesDirectory;

    public PackageExporter(DSLContext dsl, Path filesDirectory) {
        this.dsl = dsl;
        this.filesDirectory = filesDirectory;
    }

    /** Writes the package to {@code out}, signed when {@code key} is not null; returns its manifest. */
    public PackageManifest export(Path out, byte[] key) {
        SettingsRepository settings = new SettingsRepository(dsl);
        String countyCode = settings.get("county.code").filter(s -> !s.isBlank()).orElse(null);
        String countyName = settings.get("county.name").filter(s -> !s.isBlank()).orElse(null);
        if (countyCode == null || countyName == null) {
            throw new UserFacingException("exchange.error.noCounty");
        }
        PackageLedger ledger = dsl.transactionResult(configuration -> read(DSL.using(configuration)));
        if (ledger.campaigns().isEmpty()) {
            throw new UserFacingException("exchange.error.noCampaign");
        }
        Path temp = null;
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            temp = Files.createTempFile(parent, ".package-", ".zip");
            PackageManifest manifest;
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
                List<PackageManifest.Part> parts = new ArrayList<>();
                byte[] ledgerBytes = PackageFormat.json().writeValueAsBytes(ledger);
                parts.add(addBytes(zip, PackageFormat.LEDGER, ledgerBytes));
                for (PackageFile file : ledger.files()) {
                    parts.add(addStoredFile(zip, file));
                }
                manifest = new PackageManifest(PackageManifest.FORMAT, countyCode, countyName,
                        LocalDateTime.now().withNano(0).toString(), AppVersion.current(), parts);
                byte[] manifestBytes = PackageFormat.json().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
                addBytes(zip, PackageFormat.MANIFEST, manifestBytes);
                if (key != null) {
                    addBytes(zip, PackageFormat.SIGNATURE, PackageFormat.hmac(key, manifestBytes).getBytes(StandardCharsets.US_ASCII));
                }
            }
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (IOException e) {
            throw new UserFacingException(e, "exchange.error.write", out, e.getMessage());
        } finally {
            deleteQuietly(temp);
        }
    }

    private PackageLedger read(DSLContext tx) {
        assignUuids(tx);
        RowReader reader = new RowReader(tx);
        List<PackageCampaign> campaigns = new ArrayList<>();
        TreeSet<String> fileHashes = new TreeSet<>();
        for (long campaignId : tx.select(CAMPAIGN.ID).from(CAMPAIGN).where(CAMPAIGN.COUNTY_CODE.isNull())
                .orderBy(CAMPAIGN.ID).fetch(CAMPAIGN.ID)) {
            PackageRow campaign = new PackageRow(reader.uuidOf(ExchangeEntity.CAMPAIGN_ROW, campaignId),
                    reader.read(ExchangeEntity.CAMPAIGN_ROW, campaignId));
            Map<String, List<PackageRow>> rows = new LinkedHashMap<>();
            for (ExchangeEntity entity : ExchangeEntity.CAMPAIGN_CONTENT) {
                List<PackageRow> list = new ArrayList<>();
                for (long id : entity.idsIn(tx, campaignId)) {
                    PackageRow row = new PackageRow(reader.uuidOf(entity, id), reader.read(entity, id));
                    if (entity == ExchangeEntity.EVIDENCE_ITEM_ROW) {
                        fileHashes.addAll(reader.fileHashes(id));
                    }
                    list.add(row);
                }
                rows.put(entity.packageKey(), list);
            }
            campaigns.add(new PackageCampaign(campaign, rows));
        }
        List<PackageFile> files = tx.selectFrom(STORED_FILE).where(STORED_FILE.SHA256.in(fileHashes))
                .orderBy(STORED_FILE.SHA256)
                .fetch(r -> new PackageFile(r.getSha256(), r.getSizeBytes(), r.getMediaType(), r.getOriginalName()));
        return new PackageLedger(PackageLedger.FORMAT, campaigns, files);
    }

    /** A stable id for every row that will be exchanged and has none yet (not audited: no value changes). */
    private static void assignUuids(DSLContext tx) {
        List<Long> campaignIds = tx.select(CAMPAIGN.ID).from(CAMPAIGN).where(CAMPAIGN.COUNTY_CODE.isNull()).fetch(CAMPAIGN.ID);
        for (long campaignId : campaignIds) {
            assignUuids(tx, ExchangeEntity.CAMPAIGN_ROW, campaignId);
            for (ExchangeEntity entity : ExchangeEntity.CAMPAIGN_CONTENT) {
                assignUuids(tx, entity, campaignId);
            }
        }
    }

    private static void assignUuids(DSLContext tx, ExchangeEntity entity, long campaignId) {
        for (long id : tx.select(entity.id).from(entity.table)
                .where(entity.inCampaign(campaignId).and(entity.uuid.isNull())).fetch(entity.id)) {
            tx.update(entity.table).set(entity.uuid, UUID.randomUUID().toString()).where(entity.id.eq(id)).execute();
        }
    }

    private static PackageManifest.Part addBytes(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
        return new PackageManifest.Part(name, bytes.length, HexFormat.of().formatHex(Hashing.sha256().digest(bytes)));
    }

    /** Copies a file of the store, checking on the way that it still has the content its name says. */
    private PackageManifest.Part addStoredFile(ZipOutputStream zip, PackageFile file) throws IOException {
        Path stored = PackageFormat.storedFile(filesDirectory, file.sha256());
        if (!Files.isRegularFile(stored)) {
            throw new UserFacingException("exchange.error.fileMissing", file.originalName(), file.sha256(), filesDirectory);
        }
        String name = PackageFormat.FILES + file.sha256();
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest digest = Hashing.sha256();
        long size;
        try (InputStream in = new DigestInputStream(Files.newInputStream(stored), digest)) {
            size = in.transferTo(zip);
        }
        zip.closeEntry();
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(file.sha256())) {
            throw new UserFacingException("exchange.error.fileDamaged", file.originalName(), stored);
        }
        return new PackageManifest.Part(name, size, actual);
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // The package itself was written or the failure is reported already; a stray temp file is harmless.
            temp.toFile().deleteOnExit();
        }
    }
}
