package com.creditdesk.logic.evidence;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.importer.DatabaseImportWriter;
import com.creditdesk.logic.importer.NoticeImporter;
import com.creditdesk.model.importer.ImportOptions;
import com.creditdesk.testutil.TestDatabases;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static com.creditdesk.logic.db.generated.Tables.UNIT;

/**
 * A fresh database with the 濮阳 基础指标 table (seed 002) imported, and a file store in a temp
 * folder, or in the database's file_content table ({@link #inTable}).
 */
final class EvidenceFixture implements AutoCloseable {

    static final String PUYANG_BASIC = "puyang-2021-basic.docx";

    final Database db;
    final long campaignId;
    final FileStore store;
    final EvidenceService service;
    final Path dir;

    EvidenceFixture(Path dir) {
        this(dir, TestDatabases.fresh());
    }

    EvidenceFixture(Path dir, Database db) {
        this(dir, db, false);
    }

    private EvidenceFixture(Path dir, Database db, boolean inTable) {
        this.dir = dir;
        this.db = db;
        this.campaignId = importPuyang(db);
        this.store = inTable ? FileStore.inDatabase(db.dsl(), FileStore.DEFAULT_MAX_BYTES) : new FileStore(dir.resolve("files"));
        this.service = new EvidenceService(db.dsl(), "tester", store);
    }

    /** The same with the contents in the file_content table, as on a server database. */
    static EvidenceFixture inTable(Path dir) {
        return new EvidenceFixture(dir, TestDatabases.fresh(), true);
    }

    static long importPuyang(Database db) {
        Path file = fixture(PUYANG_BASIC);
        return new DatabaseImportWriter(db.dsl(), "tester")
                .write(new NoticeImporter().preview(file, ImportOptions.defaults()), ImportOptions.defaults().withSourceFile(file))
                .campaignId();
    }

    static Path fixture(String name) {
        try {
            return Path.of(EvidenceFixture.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The requirement ids of the campaign, in id order. */
    java.util.List<Long> requirementIds() {
        return db.dsl().select(EVIDENCE_REQUIREMENT.ID).from(EVIDENCE_REQUIREMENT)
                .where(EVIDENCE_REQUIREMENT.CAMPAIGN_ID.eq(campaignId)).orderBy(EVIDENCE_REQUIREMENT.ID)
                .fetch(EVIDENCE_REQUIREMENT.ID);
    }

    long unitId(String name) {
        return db.dsl().select(UNIT.ID).from(UNIT).where(UNIT.NAME.eq(name)).fetchOne(UNIT.ID);
    }

    Path file(String name, String content) throws IOException {
        Path file = dir.resolve("incoming").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Override
    public void close() {
        db.close();
    }
}
