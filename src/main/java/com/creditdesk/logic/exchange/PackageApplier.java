package com.creditdesk.logic.exchange;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.model.exchange.EntityCounts;
import com.creditdesk.model.exchange.ExchangeConflict;
import com.creditdesk.model.exchange.PackageCampaign;
import com.creditdesk.model.exchange.PackageFile;
import com.creditdesk.model.exchange.PackageManifest;
import com.creditdesk.model.exchange.PackageRow;
import com.creditdesk.model.exchange.ReceiveReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.jooq.DSLContext;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static com.creditdesk.logic.db.generated.Tables.CAMPAIGN;
import static com.creditdesk.logic.db.generated.Tables.EXCHANGE_BASE;
import static com.creditdesk.logic.db.generated.Tables.EXCHANGE_PACKAGE;
import static com.creditdesk.logic.db.generated.Tables.STORED_FILE;

/**
 * Applies one verified 报送包 inside the caller's transaction: each county campaign kept apart
 * (campaign.county_code), rows matched by uuid and compared three ways with what the county sent
 * last, conflicts recorded instead of overwritten, rows the county removed deleted (or, when the
 * city changed them meanwhile, listed as a conflict). Every change is audited with the package as source.
 */
final class PackageApplier {

    private final DSLContext tx;
    private final VerifiedPackage pkg;
    private final String actor;
    private final String source;
    private final AuditLog audit;
    private final RowReader reader;
    private final RowWriter writer;
    private final ConflictStore conflicts;
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final List<Long> conflictIds = new ArrayList<>();
    private long packageId;

    PackageApplier(DSLContext tx, VerifiedPackage pkg, String actor) {
        this.tx = tx;
        this.pkg = pkg;
        this.actor = actor;
        this.source = clip("receive of " + pkg.fileName() + " sha256 " + pkg.sha256(), 1000);
        this.audit = new AuditLog(tx);
        this.reader = new RowReader(tx);
        this.writer = new RowWriter(tx, audit, actor, source, pkg.fileName());
        this.conflicts = new ConflictStore(tx);
    }

    ReceiveReport apply() {
        PackageManifest manifest = pkg.manifest();
        PackageReceiver.refuseOlder(tx, pkg);
        packageId = tx.insertInto(EXCHANGE_PACKAGE)
                .set(EXCHANGE_PACKAGE.COUNTY_CODE, manifest.countyCode())
                .set(EXCHANGE_PACKAGE.COUNTY_NAME, manifest.countyName())
                .set(EXCHANGE_PACKAGE.CREATED_AT, LocalDateTime.parse(manifest.createdAt()))
                .set(EXCHANGE_PACKAGE.APP_VERSION, manifest.appVersion())
                .set(EXCHANGE_PACKAGE.FILE_NAME, clip(pkg.file().toAbsolutePath().toString(), 1000))
                .set(EXCHANGE_PACKAGE.SHA256, pkg.sha256())
                .set(EXCHANGE_PACKAGE.SIGNED, pkg.signed())
                .set(EXCHANGE_PACKAGE.RECEIVED_AT, LocalDateTime.now())
                .set(EXCHANGE_PACKAGE.RECEIVED_BY, actor)
                .returning(EXCHANGE_PACKAGE.ID).fetchOne(EXCHANGE_PACKAGE.ID);
        audit.record(actor, AuditAction.IMPORT, "exchange_package", packageId, null, null,
                manifest.countyName() + " (" + manifest.countyCode() + ") " + manifest.createdAt(), source);
        int filesAdded = insertStoredFiles();
        List<Long> campaignIds = new ArrayList<>();
        for (PackageCampaign campaign : pkg.ledger().campaigns()) {
            campaignIds.add(applyCampaign(campaign));
        }
        Map<String, EntityCounts> byEntity = new LinkedHashMap<>();
        counts.forEach((entity, c) -> byEntity.put(entity, new EntityCounts(c[0], c[1], c[2], c[3], c[4])));
        return new ReceiveReport(pkg.fileName(), pkg.sha256(), manifest.countyCode(), manifest.countyName(),
                manifest.createdAt(), campaignIds, byEntity, filesAdded, conflicts.byIds(conflictIds));
    }

    private int insertStoredFiles() {
        int added = 0;
        for (PackageFile file : pkg.ledger().files()) {
            if (tx.fetchExists(STORED_FILE, STORED_FILE.SHA256.eq(file.sha256()))) {
                continue;
            }
            long id = tx.insertInto(STORED_FILE)
                    .set(STORED_FILE.SHA256, file.sha256())
                    .set(STORED_FILE.SIZE_BYTES, file.size())
                    .set(STORED_FILE.MEDIA_TYPE, clip(file.mediaType(), 200))
                    .set(STORED_FILE.ORIGINAL_NAME, clip(file.originalName() == null ? file.sha256() : file.originalName(), 1000))
                    .returning(STORED_FILE.ID).fetchOne(STORED_FILE.ID);
            audit.record(actor, AuditAction.INSERT, "stored_file", id, "original_name", null, file.originalName(), source);
            added++;
        }
        return added;
    }

    private long applyCampaign(PackageCampaign campaign) {
        String campaignUuid = campaign.campaign().uuid();
        Long existing = reader.idOf(ExchangeEntity.CAMPAIGN_ROW, campaignUuid);
        if (existing != null) {
            String owner = tx.select(CAMPAIGN.COUNTY_CODE).from(CAMPAIGN).where(CAMPAIGN.ID.eq(existing)).fetchOne(CAMPAIGN.COUNTY_CODE);
            if (!pkg.manifest().countyCode().equals(owner)) {
                throw new UserFacingException("exchange.error.campaignClash", pkg.fileName(), campaign.campaign().get("name"));
            }
        }
        long campaignId = applyRow(ExchangeEntity.CAMPAIGN_ROW, campaign.campaign(), 0, campaignUuid);
        tx.update(CAMPAIGN).set(CAMPAIGN.COUNTY_CODE, pkg.manifest().countyCode())
                .set(CAMPAIGN.COUNTY_NAME, pkg.manifest().countyName()).where(CAMPAIGN.ID.eq(campaignId)).execute();
        for (ExchangeEntity entity : ExchangeEntity.CAMPAIGN_CONTENT) {
            for (PackageRow row : parentsFirst(campaign.rowsOf(entity.packageKey()))) {
                applyRow(entity, row, campaignId, campaignUuid);
            }
        }
        List<ExchangeEntity> childrenFirst = new ArrayList<>(ExchangeEntity.CAMPAIGN_CONTENT);
        java.util.Collections.reverse(childrenFirst);
        for (ExchangeEntity entity : childrenFirst) {
            Set<String> present = new HashSet<>();
            campaign.rowsOf(entity.packageKey()).forEach(r -> present.add(r.uuid()));
            removeMissing(entity, present, campaignUuid, campaignId);
        }
        return campaignId;
    }

    private long applyRow(ExchangeEntity entity, PackageRow row, long campaignId, String campaignUuid) {
        Long existing = reader.idOf(entity, row.uuid());
        int[] count = counts.computeIfAbsent(entity.entityName(), e -> new int[5]);
        long id;
        if (existing == null) {
            id = writer.insert(entity, row.uuid(), row.fields(), campaignId);
            audit.record(actor, AuditAction.INSERT, entity.entityName(), id, null, null, label(entity, row.fields()), source);
            count[0]++;
        } else {
            id = existing;
            Map<String, String> city = reader.read(entity, id);
            ThreeWayMerge merge = ThreeWayMerge.of(base(entity, row.uuid()), city, row.fields());
            if (!merge.take().isEmpty()) {
                writer.update(entity, id, merge.take());
                for (Map.Entry<String, String> field : merge.take().entrySet()) {
                    audit.record(actor, AuditAction.UPDATE, entity.entityName(), id, field.getKey(),
                            city.get(field.getKey()), field.getValue(), source);
                }
                count[1]++;
            } else {
                count[merge.conflicts().isEmpty() ? 2 : 4]++;
            }
            long conflictCampaign = entity == ExchangeEntity.CAMPAIGN_ROW ? id : campaignId;
            merge.conflicts().forEach((field, conflict) -> conflict(entity, id, row.uuid(), conflictCampaign,
                    label(entity, city), field, conflict.cityValue(), conflict.countyValue()));
        }
        saveBase(entity, row.uuid(), campaignUuid, row.fields());
        return id;
    }

    /** Rows the county sent before and not now: removed at the county. */
    private void removeMissing(ExchangeEntity entity, Set<String> present, String campaignUuid, long campaignId) {
        var previous = tx.select(EXCHANGE_BASE.UUID, EXCHANGE_BASE.BASE_JSON).from(EXCHANGE_BASE)
                .where(EXCHANGE_BASE.ENTITY.eq(entity.entityName()).and(EXCHANGE_BASE.CAMPAIGN_UUID.eq(campaignUuid)))
                .orderBy(EXCHANGE_BASE.UUID).fetch();
        for (var base : previous) {
            String uuid = base.value1();
            if (present.contains(uuid)) {
                continue;
            }
            Long id = reader.idOf(entity, uuid);
            if (id != null) {
                Map<String, String> city = reader.read(entity, id);
                Map<String, String> sent = parse(base.value2());
                boolean cityUnchanged = sent.entrySet().stream().allMatch(e -> Objects.equals(e.getValue(), city.get(e.getKey())));
                if (cityUnchanged) {
                    tx.deleteFrom(entity.table).where(entity.id.eq(id)).execute();
                    audit.record(actor, AuditAction.DELETE, entity.entityName(), id, null, label(entity, city), null, source);
                    counts.computeIfAbsent(entity.entityName(), e -> new int[5])[3]++;
                } else {
                    conflict(entity, id, uuid, campaignId, label(entity, city), ExchangeConflict.DELETED, label(entity, city), null);
                }
            }
            tx.deleteFrom(EXCHANGE_BASE).where(EXCHANGE_BASE.ENTITY.eq(entity.entityName()).and(EXCHANGE_BASE.UUID.eq(uuid))).execute();
        }
    }

    private void conflict(ExchangeEntity entity, long id, String uuid, long campaignId, String label, String field,
                          String cityValue, String countyValue) {
        conflictIds.add(conflicts.record(packageId, campaignId, entity, uuid, clip(label, 2000), field, cityValue, countyValue));
        audit.record(actor, AuditAction.OTHER, entity.entityName(), id, field, cityValue, countyValue, clip("conflict: " + source, 1000));
    }

    private Map<String, String> base(ExchangeEntity entity, String uuid) {
        String json = tx.select(EXCHANGE_BASE.BASE_JSON).from(EXCHANGE_BASE)
                .where(EXCHANGE_BASE.ENTITY.eq(entity.entityName()).and(EXCHANGE_BASE.UUID.eq(uuid))).fetchOne(EXCHANGE_BASE.BASE_JSON);
        return json == null ? null : parse(json);
    }

    private void saveBase(ExchangeEntity entity, String uuid, String campaignUuid, Map<String, String> values) {
        String json;
        try {
            json = PackageFormat.json().writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serializes", e);
        }
        tx.deleteFrom(EXCHANGE_BASE).where(EXCHANGE_BASE.ENTITY.eq(entity.entityName()).and(EXCHANGE_BASE.UUID.eq(uuid))).execute();
        tx.insertInto(EXCHANGE_BASE).set(EXCHANGE_BASE.ENTITY, entity.entityName()).set(EXCHANGE_BASE.UUID, uuid)
                .set(EXCHANGE_BASE.CAMPAIGN_UUID, campaignUuid).set(EXCHANGE_BASE.BASE_JSON, json).execute();
    }

    private static Map<String, String> parse(String json) {
        try {
            return PackageFormat.json().readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("exchange_base holds JSON written by saveBase", e);
        }
    }

    /** A tree's rows with every parent before its children (a package may list them in any order). */
    private List<PackageRow> parentsFirst(List<PackageRow> rows) {
        Map<String, PackageRow> byUuid = new LinkedHashMap<>();
        rows.forEach(r -> byUuid.put(r.uuid(), r));
        List<PackageRow> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (PackageRow row : rows) {
            List<PackageRow> chain = new ArrayList<>();
            PackageRow at = row;
            while (at != null && !done.contains(at.uuid())) {
                if (chain.contains(at)) {
                    throw new UserFacingException("exchange.error.badData", pkg.fileName(), "parent " + at.uuid());
                }
                chain.add(0, at);
                String parent = at.get("parent");
                at = parent == null ? null : byUuid.get(parent);
            }
            for (PackageRow r : chain) {
                done.add(r.uuid());
                ordered.add(r);
            }
        }
        return ordered;
    }

    /** How a person recognizes the row in the conflict list and the 操作记录. */
    private String label(ExchangeEntity entity, Map<String, String> values) {
        return switch (entity) {
            case TASK_ROW, INDICATOR_ROW -> join(values.getOrDefault("seq_label", values.get("code")), values.get("title"));
            case CAMPAIGN_ROW, INDICATOR_SYSTEM_ROW -> values.get("name");
            case EVIDENCE_REQUIREMENT_ROW -> clip(values.get("text"), 200);
            case EVIDENCE_ITEM_ROW -> {
                Long requirement = values.get("requirement") == null ? null
                        : reader.idOf(ExchangeEntity.EVIDENCE_REQUIREMENT_ROW, values.get("requirement"));
                String text = requirement == null ? null : reader.read(ExchangeEntity.EVIDENCE_REQUIREMENT_ROW, requirement).get("text");
                yield join(clip(text, 200), values.get(RowReader.UNIT_NAME) == null ? null : "（" + values.get(RowReader.UNIT_NAME) + "）");
            }
        };
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a.strip()) + (b == null ? "" : b.strip())).strip();
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
