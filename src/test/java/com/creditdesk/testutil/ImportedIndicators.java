package com.creditdesk.testutil;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.importer.DatabaseImportWriter;
import com.creditdesk.logic.importer.NoticeImporter;
import com.creditdesk.model.importer.ImportOptions;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static com.creditdesk.logic.db.generated.Tables.INDICATOR;

/** 濮阳's 评分指标 table imported as a stored indicator system, as the importer writes it. */
public final class ImportedIndicators {

    public static final String FIXTURE = "puyang-2021-scored.xlsx";

    private ImportedIndicators() {
    }

    /** Imports the table into a new campaign and returns the campaign's id. */
    public static long importPuyang(Database db) {
        Path file;
        try {
            file = Path.of(ImportedIndicators.class.getResource("/fixtures/" + FIXTURE).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        ImportOptions options = ImportOptions.defaults().withSourceFile(file);
        return new DatabaseImportWriter(db.dsl(), "tester").write(new NoticeImporter().preview(file, options), options)
                .campaignId();
    }

    /** The row id of the imported indicator whose 评分标准 contains {@code text}. */
    public static long indicatorWithRule(Database db, String text) {
        return db.dsl().select(INDICATOR.ID).from(INDICATOR).where(INDICATOR.RULE_TEXT.contains(text))
                .orderBy(INDICATOR.ID).limit(1).fetchOne(INDICATOR.ID);
    }

    /** Gives every evidence requirement of the indicator a due date. */
    public static void evidenceDue(Database db, long indicatorId, LocalDate due) {
        db.dsl().update(EVIDENCE_REQUIREMENT).set(EVIDENCE_REQUIREMENT.DEADLINE_DUE, due)
                .where(EVIDENCE_REQUIREMENT.INDICATOR_ID.eq(indicatorId)).execute();
    }
}
