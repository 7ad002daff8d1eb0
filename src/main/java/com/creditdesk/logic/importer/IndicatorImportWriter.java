package com.creditdesk.logic.importer;

import com.creditdesk.logic.evidence.EvidenceClassifier;
import com.creditdesk.model.evidence.Classification;
import com.creditdesk.model.importer.ClassifiedTable;
import com.creditdesk.model.importer.ImportPreview;
import com.creditdesk.model.importer.ImportedIndicator;
import com.creditdesk.model.ledger.TaskUnit;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static com.creditdesk.logic.db.generated.Tables.CAMPAIGN_SYSTEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT_UNIT;
import static com.creditdesk.logic.db.generated.Tables.INDICATOR;
import static com.creditdesk.logic.db.generated.Tables.INDICATOR_SYSTEM;
import static com.creditdesk.logic.db.generated.Tables.INDICATOR_UNIT;

/**
 * Writes the indicators of an import inside the caller's transaction: one indicator system per
 * indicator table (named by the table's title), a CATEGORY row per 项目 group as parent of its
 * indicators, the indicators with their texts verbatim, their units, and one evidence requirement
 * per 佐证材料 line linked to the indicator, the campaign and the indicator's units.
 */
final class IndicatorImportWriter {

    private final DSLContext tx;
    private final ImportUnitResolver units;
    private int indicatorRows;
    private int evidenceRows;

    IndicatorImportWriter(DSLContext tx, ImportUnitResolver units) {
        this.tx = tx;
        this.units = units;
    }

    void write(long campaignId, ImportPreview preview) {
        Map<Integer, List<ImportedIndicator>> byTable = new LinkedHashMap<>();
        for (ImportedIndicator indicator : preview.indicators()) {
            int table = indicator.source() == null ? -1 : indicator.source().tableIndex();
            byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(indicator);
        }
        for (Map.Entry<Integer, List<ImportedIndicator>> entry : byTable.entrySet()) {
            long systemId = insertSystem(campaignId, entry.getKey(), preview);
            writeIndicators(campaignId, systemId, entry.getValue());
        }
    }

    private long insertSystem(long campaignId, int tableIndex, ImportPreview preview) {
        String title = preview.tables().stream().filter(t -> t.index() == tableIndex).map(ClassifiedTable::title)
                .filter(Objects::nonNull).filter(t -> !t.isBlank()).findFirst().orElse(preview.fileName());
        long systemId = tx.insertInto(INDICATOR_SYSTEM)
                // Unique whatever the number of imports: the campaign and table say where it comes from.
                .set(INDICATOR_SYSTEM.CODE, "import-" + campaignId + "-" + tableIndex)
                .set(INDICATOR_SYSTEM.NAME, DatabaseImportWriter.clip(title, 500))
                .set(INDICATOR_SYSTEM.SOURCE, DatabaseImportWriter.clip(preview.fileName(), 1000))
                .returning(INDICATOR_SYSTEM.ID)
                .fetchOne(INDICATOR_SYSTEM.ID);
        tx.insertInto(CAMPAIGN_SYSTEM).set(CAMPAIGN_SYSTEM.CAMPAIGN_ID, campaignId)
                .set(CAMPAIGN_SYSTEM.SYSTEM_ID, systemId).execute();
        return systemId;
    }

    private void writeIndicators(long campaignId, long systemId, List<ImportedIndicator> indicators) {
        Map<String, Long> categories = new HashMap<>();
        int order = 0;
        for (ImportedIndicator indicator : indicators) {
            Long parentId = null;
            if (indicator.category() != null && !indicator.category().isBlank()) {
                Long existing = categories.get(indicator.category());
                if (existing == null) {
                    existing = insertIndicator(systemId, null, order++, null, indicator.category(), "CATEGORY",
                            indicator.categoryPoints(), null, null, null);
                    categories.put(indicator.category(), existing);
                }
                parentId = existing;
            }
            String title = DatabaseImportWriter.firstNonBlank(indicator.title(), indicator.ruleText(), indicator.category(), indicator.seqLabel());
            long id = insertIndicator(systemId, parentId, order++, indicator.seqLabel(), title, indicator.kind().name(),
                    indicator.points(), indicator.ruleText(), indicator.note(), indicator.unitsText());
            indicatorRows++;
            Set<Long> unitIds = new LinkedHashSet<>();
            Set<String> links = new LinkedHashSet<>();
            for (TaskUnit unit : units.resolve(indicator.units())) {
                unitIds.add(unit.unitId());
                if (links.add(unit.unitId() + "/" + unit.role())) {
                    tx.insertInto(INDICATOR_UNIT).set(INDICATOR_UNIT.INDICATOR_ID, id)
                            .set(INDICATOR_UNIT.UNIT_ID, unit.unitId()).set(INDICATOR_UNIT.ROLE, unit.role().name()).execute();
                }
            }
            for (String evidence : indicator.evidence()) {
                insertEvidence(campaignId, id, evidence, unitIds);
            }
        }
    }

    private long insertIndicator(long systemId, Long parentId, int order, String code, String title, String kind,
                                 BigDecimal points, String ruleText, String note, String unitsText) {
        return tx.insertInto(INDICATOR)
                .set(INDICATOR.SYSTEM_ID, systemId)
                .set(INDICATOR.PARENT_ID, parentId)
                .set(INDICATOR.SORT_ORDER, order)
                .set(INDICATOR.CODE, DatabaseImportWriter.clip(code, 50))
                .set(INDICATOR.TITLE, DatabaseImportWriter.clip(title, 2000))
                .set(INDICATOR.KIND, kind)
                .set(INDICATOR.MAX_POINTS, points == null || points.signum() < 0 ? null : points)
                .set(INDICATOR.RULE_TEXT, ruleText)
                // The 备注 column of the notice: kept verbatim next to the rule it qualifies.
                .set(INDICATOR.RULE_NOTE, note)
                .set(INDICATOR.UNITS_TEXT, unitsText)
                .returning(INDICATOR.ID)
                .fetchOne(INDICATOR.ID);
    }

    private void insertEvidence(long campaignId, long indicatorId, String text, Set<Long> unitIds) {
        Classification read = EvidenceClassifier.classify(text);
        long requirementId = tx.insertInto(EVIDENCE_REQUIREMENT)
                .set(EVIDENCE_REQUIREMENT.CAMPAIGN_ID, campaignId)
                .set(EVIDENCE_REQUIREMENT.INDICATOR_ID, indicatorId)
                .set(EVIDENCE_REQUIREMENT.TEXT, text)
                .set(EVIDENCE_REQUIREMENT.EVIDENCE_TYPE, read.type().name())
                .set(EVIDENCE_REQUIREMENT.STAMP_REQUIRED, read.stampRequired())
                .set(EVIDENCE_REQUIREMENT.PERIOD_TEXT, read.periodText() == null ? null : DatabaseImportWriter.clip(read.periodText(), 500))
                .returning(EVIDENCE_REQUIREMENT.ID)
                .fetchOne(EVIDENCE_REQUIREMENT.ID);
        evidenceRows++;
        for (long unitId : unitIds) {
            tx.insertInto(EVIDENCE_REQUIREMENT_UNIT).set(EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID, requirementId)
                    .set(EVIDENCE_REQUIREMENT_UNIT.UNIT_ID, unitId).execute();
        }
    }

    /** Removes the indicator systems an earlier import of the campaign wrote (indicators and evidence cascade). */
    static void deleteFor(DSLContext tx, long campaignId) {
        List<Long> systems = tx.select(CAMPAIGN_SYSTEM.SYSTEM_ID).from(CAMPAIGN_SYSTEM)
                .where(CAMPAIGN_SYSTEM.CAMPAIGN_ID.eq(campaignId)).fetch(CAMPAIGN_SYSTEM.SYSTEM_ID);
        tx.deleteFrom(EVIDENCE_REQUIREMENT).where(EVIDENCE_REQUIREMENT.CAMPAIGN_ID.eq(campaignId)).execute();
        tx.deleteFrom(INDICATOR_SYSTEM).where(INDICATOR_SYSTEM.ID.in(systems).and(INDICATOR_SYSTEM.BUILTIN.isFalse())).execute();
    }

    int indicatorRows() {
        return indicatorRows;
    }

    int evidenceRows() {
        return evidenceRows;
    }
}
