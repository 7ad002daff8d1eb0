package com.creditdesk.safety;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.evidence.EvidenceService;
import com.creditdesk.logic.evidence.EvidenceSettings;
import com.creditdesk.logic.evidence.FileStore;
import com.creditdesk.logic.evidence.IntegrityChecker;
import com.creditdesk.logic.importer.DatabaseImportWriter;
import com.creditdesk.logic.importer.NoticeImporter;
import com.creditdesk.model.evidence.Delivery;
import com.creditdesk.model.evidence.CopyProgress;
import com.creditdesk.model.evidence.IntegrityProblem;
import com.creditdesk.model.evidence.IntegrityReport;
import com.creditdesk.model.importer.ImportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static com.creditdesk.logic.db.generated.Tables.STORED_FILE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills a child JVM ({@code destroyForcibly}) while it copies a large evidence file into the
 * store: afterwards no row points to a missing file, the only leftover is a temporary file that
 * {@code check} reports and removes, and attaching the same file again works.
 */
class EvidenceCopyCrashTest {

    @Test
    void aKilledCopyLeavesTheStoreAndDatabaseConsistent(@TempDir Path dir) throws Exception {
        Path dbFile = dir.resolve("data/creditdesk");
        long requirementId;
        try (Database db = Database.openFile(dbFile)) {
            Path fixture = Path.of(EvidenceCopyCrashTest.class.getResource("/fixtures/puyang-2021-basic.docx").toURI());
            long campaignId = new DatabaseImportWriter(db.dsl(), "t")
                    .write(new NoticeImporter().preview(fixture, ImportOptions.defaults()), ImportOptions.defaults().withSourceFile(fixture))
                    .campaignId();
            requirementId = db.dsl().select(EVIDENCE_REQUIREMENT.ID).from(EVIDENCE_REQUIREMENT)
                    .where(EVIDENCE_REQUIREMENT.CAMPAIGN_ID.eq(campaignId)).orderBy(EVIDENCE_REQUIREMENT.ID).limit(1)
                    .fetchOne(EVIDENCE_REQUIREMENT.ID);
        }
        Path big = dir.resolve("扫描件.pdf");
        byte[] chunk = new byte[1 << 20];
        new Random(7).nextBytes(chunk);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (int i = 0; i < 400; i++) { // 400 MB: the copy takes long enough to be killed midway
                out.write(chunk);
            }
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SlowAttacher.class.getName(), dbFile.toString(), String.valueOf(requirementId), big.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        child.destroyForcibly().waitFor();
        assertEquals("copying", line, "the child was killed during the copy");

        try (Database db = Database.openFile(dbFile)) {
            FileStore store = EvidenceSettings.store(db.dsl(), dbFile, null);
            assertEquals(0, db.dsl().fetchCount(STORED_FILE), "no row for a file that was never completed");
            assertEquals(0, db.dsl().fetchCount(EVIDENCE_ITEM));
            IntegrityChecker checker = new IntegrityChecker(db.dsl(), store);
            IntegrityReport report = checker.check();
            assertTrue(report.problems().stream().allMatch(p -> p.kind() == IntegrityProblem.Kind.TEMP_FILE), report.toString());
            checker.removeOrphans(report);
            assertTrue(checker.check().ok(), "check is clean after removing the leftover");
            EvidenceService service = new EvidenceService(db.dsl(), "t", store);
            long unitId = service.requirement(requirementId).orElseThrow().units().get(0).id();
            service.attach(requirementId, unitId, List.of(big), Delivery.none(), CopyProgress.NONE);
            assertTrue(checker.check().ok());
        }
    }
}
