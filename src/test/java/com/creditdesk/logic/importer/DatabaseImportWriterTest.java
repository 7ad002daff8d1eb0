package com.creditdesk.logic.importer;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditEntry;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.db.generated.DefaultSchema;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.logic.ledger.TaskRepository;
import com.creditdesk.model.importer.ExistingCampaign;
import com.creditdesk.model.importer.ImportOptions;
import com.creditdesk.model.importer.ImportPreview;
import com.creditdesk.model.importer.ImportResult;
import com.creditdesk.model.importer.ImportedIndicator;
import com.creditdesk.model.importer.ImportedNode;
import com.creditdesk.model.importer.SplitUnit;
import com.creditdesk.model.importer.UnitSplit;
import com.creditdesk.model.ledger.NodeKind;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskEdit;
import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.model.ledger.UnitKind;
import com.creditdesk.model.ledger.UnitRole;
import com.creditdesk.testutil.TestDatabases;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.creditdesk.logic.db.generated.Tables.CAMPAIGN;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static com.creditdesk.logic.db.generated.Tables.INDICATOR;
import static com.creditdesk.logic.db.generated.Tables.INDICATOR_SYSTEM;
import static com.creditdesk.logic.db.generated.Tables.TASK;
import static com.creditdesk.logic.db.generated.Tables.UNIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("db")
class DatabaseImportWriterTest {

    private final Database db = TestDatabases.fresh();
    private final DatabaseImportWriter writer = new DatabaseImportWriter(db.dsl(), "tester");

    @AfterEach
    void close() {
        db.close();
    }

    static List<String> fixtures() {
        return Fixtures.ALL;
    }

    private static ImportOptions options(Path file) {
        return ImportOptions.defaults().withSourceFile(file);
    }

    private static ImportPreview preview(Path file) {
        return new NoticeImporter().preview(file, ImportOptions.defaults());
    }

    static int countNodes(List<ImportedNode> nodes) {
        int n = 0;
        for (ImportedNode node : nodes) {
            n += 1 + countNodes(node.children());
        }
        return n;
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyFixtureImportsWithTheCountsOfItsPreview(String fixture) {
        Path file = Fixtures.path(fixture);
        ImportPreview preview = preview(file);
        ImportResult result = writer.write(preview, options(file));
        DSLContext dsl = db.dsl();

        assertEquals(countNodes(preview.tasks()), result.tasks());
        assertEquals(result.tasks(), dsl.fetchCount(TASK, TASK.CAMPAIGN_ID.eq(result.campaignId())));
        assertEquals(preview.indicators().size(), result.indicators());
        assertEquals(preview.indicators().size(), dsl.fetchCount(INDICATOR, INDICATOR.KIND.ne("CATEGORY")));
        long categories = preview.indicators().stream().map(ImportedIndicator::category)
                .filter(c -> c != null && !c.isBlank()).distinct().count();
        assertEquals(categories, dsl.fetchCount(INDICATOR, INDICATOR.KIND.eq("CATEGORY")),
                "one category row per group (group names are distinct per table in the fixtures)");
        int evidence = preview.indicators().stream().mapToInt(i -> i.evidence().size()).sum();
        assertEquals(evidence, dsl.fetchCount(EVIDENCE_REQUIREMENT));
        long tables = preview.indicators().stream().map(i -> i.source().tableIndex()).distinct().count();
        assertEquals(tables, dsl.fetchCount(INDICATOR_SYSTEM));
        // A fresh registry: every unit referenced was created, at most one per distinct name.
        assertEquals(result.newUnits(), dsl.fetchCount(UNIT));
        assertEquals(result.units(), result.newUnits());
        assertTrue(result.units() <= preview.units().size(), result.units() + " > " + preview.units().size());
        assertEquals(preview.warnings().size(), result.warnings());
        assertEquals(DatabaseImportWriter.sha256(file),
                dsl.select(CAMPAIGN.SOURCE_SHA256).from(CAMPAIGN).fetchOne(CAMPAIGN.SOURCE_SHA256));
    }

    @Test
    void campaignIsNamedByTheNoticesTitle() {
        Path file = Fixtures.path("xingtai-2021-plan.docx");
        long id = writer.write(preview(file), options(file)).campaignId();
        String name = db.dsl().select(CAMPAIGN.NAME).from(CAMPAIGN).where(CAMPAIGN.ID.eq(id)).fetchOne(CAMPAIGN.NAME);
        assertEquals("关于印发《关于争创全国社会信用体系建设示范城市的实施方案》的通知", name);
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            counts.put(table.getName(), (long) db.dsl().fetchCount(table));
        }
        return counts;
    }

    @Test
    void aFailureMidWriteLeavesTheDatabaseUnchanged() {
        Path file = Fixtures.path("xingtai-2019-tasks.xlsx");
        writer.write(preview(file), options(file));
        Map<String, Long> before = rowCounts();

        // The last task of the tree names a unit longer than unit.name (200): written after the
        // campaign, the other tasks and their units.
        ImportPreview good = preview(Fixtures.path("xingtai-2021-plan.docx"));
        String longName = "市" + "很".repeat(250) + "局";
        UnitSplit split = new UnitSplit(longName, List.of(longName), List.of(), List.of(),
                List.of(new SplitUnit(longName, UnitRole.RESPONSIBLE, UnitKind.DEPARTMENT)), false);
        List<ImportedNode> tasks = new ArrayList<>(good.tasks());
        tasks.add(new ImportedNode(NodeKind.TASK, "99", "最后一项", null, null, longName, null, split, null, List.of()));
        ImportPreview bad = new ImportPreview(good.fileName(), good.titleParagraphs(), good.tables(), tasks,
                good.indicators(), good.units(), good.warnings());

        UserFacingException error = assertThrows(UserFacingException.class,
                () -> writer.write(bad, options(Fixtures.path("xingtai-2021-plan.docx"))));
        assertEquals("error.import.unitNameTooLong", error.key());
        assertEquals(before, rowCounts());
    }

    @Test
    void reimportIsRefusedUnlessToldAndUpdateKeepsStatuses() {
        Path file = Fixtures.path("xingtai-2021-plan.docx");
        ImportPreview preview = preview(file);
        long id = writer.write(preview, options(file)).campaignId();
        assertEquals(id, writer.findCampaignBySha256(DatabaseImportWriter.sha256(file)).orElseThrow());

        LedgerService ledger = new LedgerService(db.dsl(), "tester");
        Task task = ledger.tasks(id).stream().filter(t -> t.title().equals("健全和落实信用制度")).findFirst().orElseThrow();
        ledger.updateTask(new TaskEdit(task.id(), task.version(), task.title(), TaskStatus.DONE, "已印发", List.of()));
        int tasksBefore = ledger.tasks(id).size();

        UserFacingException refused = assertThrows(UserFacingException.class, () -> writer.write(preview, options(file)));
        assertEquals("error.import.alreadyImported", refused.key());

        ImportResult updated = writer.write(preview, options(file).withOnExisting(ExistingCampaign.UPDATE));
        assertEquals(id, updated.campaignId());
        assertTrue(updated.updated());
        assertEquals(1, db.dsl().fetchCount(CAMPAIGN));
        List<Task> after = ledger.tasks(id);
        assertEquals(tasksBefore, after.size());
        Task kept = after.stream().filter(t -> t.title().equals("健全和落实信用制度")).findFirst().orElseThrow();
        assertNotEquals(task.id(), kept.id(), "the tree was rewritten");
        assertEquals(TaskStatus.DONE, kept.status());
        assertEquals("已印发", kept.progressNote());
        assertEquals(44, db.dsl().fetchCount(INDICATOR, INDICATOR.KIND.ne("CATEGORY")), "indicators replaced, not doubled");

        ImportResult second = writer.write(preview, options(file).withOnExisting(ExistingCampaign.NEW));
        assertNotEquals(id, second.campaignId());
        assertEquals(2, db.dsl().fetchCount(CAMPAIGN));
        assertTrue(ledger.tasks(second.campaignId()).stream().allMatch(t -> t.status() == TaskStatus.NOT_STARTED));
    }

    @Test
    void oneImportEntryNamesTheFileAndItsSha256AndEachNewUnitIsAudited() {
        Path file = Fixtures.path("puyang-2021-scored.xlsx");
        ImportResult result = writer.write(preview(file), options(file));
        long id = result.campaignId();
        List<AuditEntry> log = new AuditLog(db.dsl()).list(null, null, 1000);
        assertEquals(1 + result.newUnits(), log.size());
        String source = "import of puyang-2021-scored.xlsx sha256 " + DatabaseImportWriter.sha256(file);
        assertTrue(log.stream().allMatch(e -> source.equals(e.source())));
        assertEquals(result.newUnits(), log.stream().filter(e -> e.entity().equals("unit") && e.action() == AuditAction.INSERT).count());
        AuditEntry entry = log.get(log.size() - 1);
        assertEquals(AuditAction.IMPORT, entry.action());
        assertEquals("campaign", entry.entity());
        assertEquals(id, entry.entityId());
        assertEquals("tester", entry.actor());
        assertEquals("import of puyang-2021-scored.xlsx sha256 " + DatabaseImportWriter.sha256(file), entry.source());
        assertFalse(new TaskRepository(db.dsl()).findByCampaign(id).size() > 0, "an indicator table gives no tasks");
    }
}
