package com.creditdesk.logic.evidence;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.deadline.DeadlineService;
import com.creditdesk.model.deadline.DueGroup;
import com.creditdesk.model.deadline.DueItem;
import com.creditdesk.model.evidence.BinderResult;
import com.creditdesk.model.evidence.CopyProgress;
import com.creditdesk.model.evidence.Delivery;
import com.creditdesk.model.evidence.EvidenceItem;
import com.creditdesk.model.evidence.IntegrityProblem.Kind;
import com.creditdesk.model.evidence.IntegrityReport;
import com.creditdesk.model.evidence.Requirement;
import com.creditdesk.model.evidence.RequirementDraft;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("db")
class IntegrityAndBinderTest {

    @TempDir
    Path dir;

    /** The fixture of the tests that do not need an H2 file: a folder store here, the database table in a subclass. */
    EvidenceFixture fixture() {
        return new EvidenceFixture(dir);
    }

    private static EvidenceItem attachAndAccept(EvidenceFixture f, int index, Path... files) {
        long requirementId = f.requirementIds().get(index);
        Requirement r = f.service.requirement(requirementId).orElseThrow();
        EvidenceItem item = f.service.attach(requirementId, r.units().get(0).id(), List.of(files),
                new Delivery("李四", null, LocalDate.of(2021, 5, 31), null), CopyProgress.NONE);
        return f.service.accept(item.id(), item.version());
    }

    @Test
    void checkFindsTamperedMissingAndOrphanFilesAndFilesSurviveReopening() throws Exception {
        Path dbFile = dir.resolve("data/creditdesk");
        String sha;
        try (Database db = Database.openFile(dbFile)) {
            EvidenceFixture f = new EvidenceFixture(dir, db);
            FileStore store = EvidenceSettings.store(db.dsl(), dbFile, null);
            EvidenceService service = new EvidenceService(db.dsl(), "t", store);
            long requirementId = f.requirementIds().get(0);
            long unitId = f.service.requirement(requirementId).orElseThrow().units().get(0).id();
            EvidenceItem item = service.attach(requirementId, unitId, List.of(f.file("a.pdf", "original")), Delivery.none(),
                    CopyProgress.NONE);
            sha = item.files().get(0).sha256();
            assertTrue(new IntegrityChecker(db.dsl(), store).check().ok());
        }
        try (Database db = Database.openFile(dbFile)) {
            FileStore store = EvidenceSettings.store(db.dsl(), dbFile, null);
            assertEquals(dbFile.resolveSibling("files"), store.root());
            IntegrityChecker checker = new IntegrityChecker(db.dsl(), store);
            assertTrue(checker.check().ok(), "files survive reopening");
            Files.writeString(store.pathOf(sha), "tampered");
            IntegrityReport tampered = checker.check();
            assertEquals(1, tampered.of(Kind.FILE_CHANGED).size());
            Files.delete(store.pathOf(sha));
            assertEquals(1, checker.check().of(Kind.FILE_MISSING).size());
            Path orphan = store.root().resolve("ab").resolve("ab" + "0".repeat(62));
            Files.createDirectories(orphan.getParent());
            Files.writeString(orphan, "left by a crash");
            Files.writeString(store.root().resolve(FileStore.TEMP_PREFIX + "x.tmp"), "partial");
            IntegrityReport report = checker.check();
            assertEquals(1, report.of(Kind.ORPHAN_FILE).size());
            assertEquals(1, report.of(Kind.TEMP_FILE).size());
            assertEquals(2, checker.removeOrphans(report));
            assertEquals(List.of(Kind.FILE_MISSING), checker.check().problems().stream().map(p -> p.kind()).toList());
        }
    }

    @Test
    void binderFolderHasIndexAndAManifestThatSha256sumVerifies() throws Exception {
        try (EvidenceFixture f = fixture()) {
            Path pdf = dir.resolve("制度:汇编?.pdf".replace(":", "_").replace("?", "_"));
            try (PDDocument doc = new PDDocument()) {
                doc.addPage(new PDPage());
                doc.addPage(new PDPage());
                doc.save(pdf.toFile());
            }
            attachAndAccept(f, 0, pdf, f.file("说明.txt", "情况说明"));
            attachAndAccept(f, 3, f.file("截图.png", "png bytes"));
            long pendingReq = f.requirementIds().get(5);
            f.service.attach(pendingReq, f.service.requirement(pendingReq).orElseThrow().units().get(0).id(),
                    List.of(f.file("未审核.pdf", "not accepted")), Delivery.none(), CopyProgress.NONE);

            Path out = dir.resolve("binder");
            BinderResult result = new BinderExporter(f.db.dsl(), f.store).export(f.campaignId, out, CopyProgress.NONE);
            assertEquals(3, result.files(), "only accepted files");
            List<String> manifest = Files.readAllLines(out.resolve(BinderExporter.MANIFEST));
            assertEquals(4, manifest.size(), "three files and the index");
            String path0 = f.service.requirement(f.requirementIds().get(0)).orElseThrow().ownerPath();
            assertTrue(manifest.stream().anyMatch(l -> l.contains("/01_") && l.endsWith(".pdf")), String.join("\n", manifest));
            assertTrue(Files.isDirectory(out.resolve(path0.split("/")[0])), path0);
            try (InputStream in = Files.newInputStream(out.resolve(BinderExporter.INDEX)); XSSFWorkbook book = new XSSFWorkbook(in)) {
                var sheet = book.getSheetAt(0);
                assertEquals(3, sheet.getLastRowNum());
                assertEquals("页数", sheet.getRow(0).getCell(6).getStringCellValue());
                boolean twoPages = false;
                for (int r = 1; r <= 3; r++) {
                    var cell = sheet.getRow(r).getCell(6);
                    twoPages |= cell != null && cell.getNumericCellValue() == 2;
                }
                assertTrue(twoPages, "PDF page count in the index");
                assertEquals("2021-05-31", sheet.getRow(1).getCell(5).getStringCellValue());
            }
            if (sha256sumAvailable()) {
                Process check = new ProcessBuilder("sha256sum", "-c", "--quiet", BinderExporter.MANIFEST)
                        .directory(out.toFile()).redirectErrorStream(true).start();
                String output = new String(check.getInputStream().readAllBytes());
                assertTrue(check.waitFor(60, TimeUnit.SECONDS));
                assertEquals(0, check.exitValue(), output);
            }
            Path zip = dir.resolve("binder.zip");
            BinderResult zipped = new BinderExporter(f.db.dsl(), f.store).export(f.campaignId, zip, CopyProgress.NONE);
            assertTrue(zipped.zip());
            try (ZipFile z = new ZipFile(zip.toFile())) {
                assertEquals(5, z.size());
                assertTrue(z.getEntry(BinderExporter.MANIFEST) != null);
            }
            assertFalse(Files.exists(dir.resolve(".binder.zip.partial")));
        }
    }

    private static boolean sha256sumAvailable() {
        try {
            return new ProcessBuilder("sha256sum", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void evidenceDueDatesAreOnTheDeadlineBoardUnitByUnit() throws Exception {
        try (EvidenceFixture f = fixture()) {
            Requirement base = f.service.requirement(f.requirementIds().get(0)).orElseThrow();
            long a = f.unitId(base.units().get(0).name());
            long b = f.requirementIds().size() > 1 ? f.service.requirement(f.requirementIds().get(1)).orElseThrow().units()
                    .stream().map(u -> u.id()).filter(id -> id != a).findFirst().orElse(a) : a;
            long id = f.service.createRequirement(RequirementDraft.of(f.campaignId, base.indicatorId(), null,
                    "双公示工作情况说明（加盖公章）", "2021年6月1日前", List.of(a, b)));
            DeadlineService deadlines = new DeadlineService(f.db.dsl(), "t", DeadlineService.standardBoard());
            List<DueItem> evidence = deadlines.items(f.campaignId, LocalDate.of(2021, 5, 28)).stream()
                    .filter(DueItem::isEvidence).toList();
            assertEquals(a == b ? 1 : 2, evidence.size());
            assertTrue(evidence.stream().allMatch(i -> i.requirementId() == id && i.group() == DueGroup.DUE_7
                    && i.deadlineText().equals("2021年6月1日前") && i.units().size() == 1));
            EvidenceItem item = f.service.attach(id, a, List.of(f.file("s.pdf", "s")), Delivery.none(), CopyProgress.NONE);
            f.service.accept(item.id(), item.version());
            List<DueItem> after = deadlines.items(f.campaignId, LocalDate.of(2021, 5, 28)).stream()
                    .filter(DueItem::isEvidence).toList();
            assertEquals(DueGroup.DONE, after.stream().filter(i -> i.units().contains(base.units().get(0).name()))
                    .findFirst().orElseThrow().group());
        }
    }
}
