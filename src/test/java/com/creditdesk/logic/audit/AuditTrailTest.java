package com.creditdesk.logic.audit;

import org.junit.jupiter.api.Tag;

import com.creditdesk.logic.Hashing;
import com.creditdesk.logic.backup.BackupService;
import com.creditdesk.logic.db.DataDirectory;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.deadline.DeadlineService;
import com.creditdesk.logic.demo.ExampleCampaign;
import com.creditdesk.logic.exchange.PackageExporter;
import com.creditdesk.logic.exchange.PackageReceiver;
import com.creditdesk.logic.importer.DatabaseImportWriter;
import com.creditdesk.logic.importer.NoticeImporter;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.logic.ledger.SettingsService;
import com.creditdesk.logic.ledger.UnitRegistryService;
import com.creditdesk.logic.scoring.ScenarioService;
import com.creditdesk.model.importer.ImportOptions;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskEdit;
import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.model.ledger.UnitKind;
import com.creditdesk.model.ledger.UnitRole;
import com.creditdesk.testutil.TestDatabases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks the main write actions one after the other on one database and checks that each left
 * the audit entries it should (entity, field, old → new, source), in the same transaction.
 */
@Tag("db")
class AuditTrailTest {

    private static final String ACTOR = "王科长";

    @TempDir
    Path dir;

    private Database db;
    private int seen;

    /** The entries written since the last call, oldest first. */
    private List<AuditEntry> newEntries() {
        List<AuditEntry> all = new java.util.ArrayList<>(new AuditQuery(db.dsl()).page(AuditFilter.ANY, 0, 100_000));
        java.util.Collections.reverse(all);
        List<AuditEntry> fresh = all.subList(seen, all.size());
        seen = all.size();
        return fresh;
    }

    private static void assertEntry(AuditEntry e, AuditAction action, String entity, String field, String old, String now) {
        assertEquals(action, e.action(), e.toString());
        assertEquals(entity, e.entity(), e.toString());
        assertEquals(field, e.field(), e.toString());
        assertEquals(old, e.oldValue(), e.toString());
        assertEquals(now, e.newValue(), e.toString());
        assertEquals(ACTOR, e.actor(), e.toString());
    }

    @Test
    void everyMainWriteActionIsAudited() throws Exception {
        Path dbFile = dir.resolve("city/creditdesk");
        db = Database.openFile(dbFile);
        new ExampleCampaign(db.dsl(), ACTOR).loadIfFirstStart();
        assertEquals("built-in example /demo/xingtai-2021.json", newEntries().get(0).source());
        LedgerService ledger = new LedgerService(db.dsl(), ACTOR);

        // Task add, edit, status, delete.
        long id = ledger.addTask(1, null, "六、", "组织保障");
        assertEntry(newEntries().get(0), AuditAction.INSERT, "task", "title", null, "组织保障");
        Task task = ledger.tasks(1).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        ledger.updateTask(new TaskEdit(id, task.version(), "加强组织保障", TaskStatus.NOT_STARTED, null, List.of()));
        assertEntry(single(), AuditAction.UPDATE, "task", "title", "组织保障", "加强组织保障");
        ledger.updateTask(new TaskEdit(id, task.version() + 1, "加强组织保障", TaskStatus.DONE, null, List.of()));
        assertEntry(single(), AuditAction.UPDATE, "task", "status", "NOT_STARTED", "DONE");
        ledger.deleteTask(id);
        assertEntry(single(), AuditAction.DELETE, "task", "title", "加强组织保障", null);

        // Unit add, rename, merge (the merged unit's tasks are audited too).
        UnitRegistryService registry = new UnitRegistryService(db.dsl(), ACTOR);
        long added = registry.add("市信用中心", UnitKind.DEPARTMENT);
        assertEntry(single(), AuditAction.INSERT, "unit", "name", null, "市信用中心");
        registry.rename(added, "市信用信息中心", false);
        assertEntry(single(), AuditAction.UPDATE, "unit", "name", "市信用中心", "市信用信息中心");
        Task rules = ledger.tasks(1).stream().filter(t -> t.title().equals("健全和落实信用制度")).findFirst().orElseThrow();
        ledger.updateTask(new TaskEdit(rules.id(), rules.version(), rules.title(), rules.status(), null,
                List.of(new TaskEdit.UnitAssignment("市信用信息中心", UnitRole.RESPONSIBLE))));
        newEntries();
        long kept = ledger.units().stream().filter(u -> u.name().equals("市发改委")).findFirst().orElseThrow().id();
        registry.merge(added, kept);
        List<AuditEntry> merge = newEntries();
        assertEntry(merge.get(0), AuditAction.UPDATE, "task", "units", "RESPONSIBLE: 市信用信息中心", "RESPONSIBLE: 市发改委");
        assertEntry(merge.get(1), AuditAction.DELETE, "unit", "name", "市信用信息中心", null);
        assertEntry(merge.get(2), AuditAction.INSERT, "unit", "alias", null, "市信用信息中心");

        // Deadline edit.
        new DeadlineService(db.dsl(), ACTOR, DeadlineService.standardBoard()).overrideDue(rules.id(), LocalDate.of(2021, 9, 30), "市里调整");
        AuditEntry deadline = single();
        assertEntry(deadline, AuditAction.UPDATE, "task", "deadline_override", null, "2021-09-30");
        assertEquals("市里调整", deadline.source());

        // Settings change.
        SettingsService settings = new SettingsService(db.dsl(), ACTOR);
        settings.set("office.phone", "0319-1234567");
        assertEntry(single(), AuditAction.INSERT, "setting", "office.phone", null, "0319-1234567");
        settings.set("office.phone", "0319-7654321");
        assertEntry(single(), AuditAction.UPDATE, "setting", "office.phone", "0319-1234567", "0319-7654321");

        // Scenario save.
        ScenarioService scenarios = new ScenarioService(db.dsl(), ACTOR);
        long scenario = scenarios.createCurrent(1, "xingtai-2021", "当前").id();
        assertEntry(single(), AuditAction.INSERT, "scenario", "name", null, "当前");
        scenarios.save(scenario, Map.of("xinyi_domains", 8));
        assertEntry(single(), AuditAction.UPDATE, "scenario", "xinyi_domains", null, "8");

        // Import: the campaign and every unit it added, with the file's SHA-256 as source.
        Path notice = Path.of("src/test/resources/fixtures/xingtai-2019-tasks.xlsx");
        new DatabaseImportWriter(db.dsl(), ACTOR).write(new NoticeImporter().preview(notice, ImportOptions.defaults()),
                ImportOptions.defaults().withSourceFile(notice));
        List<AuditEntry> imported = newEntries();
        String importSource = "import of xingtai-2019-tasks.xlsx sha256 " + Hashing.sha256(notice);
        assertEquals(AuditAction.IMPORT, imported.get(0).action());
        assertEquals("campaign", imported.get(0).entity());
        assertTrue(imported.size() > 1, "the new units are audited");
        assertTrue(imported.stream().allMatch(e -> importSource.equals(e.source())), imported.toString());
        assertTrue(imported.stream().skip(1).allMatch(e -> e.entity().equals("unit") && e.action() == AuditAction.INSERT));

        // Package receive: a county's campaign arrives with its tasks, the package as source.
        Path pkg;
        try (Database county = TestDatabases.fresh()) {
            new ExampleCampaign(county.dsl(), "县").loadIfFirstStart();
            new SettingsService(county.dsl(), "县").set("county.code", "130502");
            new SettingsService(county.dsl(), "县").set("county.name", "襄都区");
            pkg = dir.resolve("襄都区.zip");
            new PackageExporter(county.dsl(), dir.resolve("county-files")).export(pkg, null);
        }
        new PackageReceiver(db.dsl(), DataDirectory.filesDirectory(dbFile), ACTOR).receive(pkg, null);
        List<AuditEntry> received = newEntries();
        String receiveSource = "receive of 襄都区.zip sha256 " + Hashing.sha256(pkg);
        assertEquals("exchange_package", received.get(0).entity());
        assertEquals(List.of(), received.stream().filter(e -> !receiveSource.equals(e.source())).toList());
        assertTrue(received.stream().anyMatch(e -> e.entity().equals("task") && e.newValue() != null && e.newValue().endsWith("健全和落实信用制度")));
        assertTrue(received.stream().anyMatch(e -> e.entity().equals("campaign") && e.action() == AuditAction.INSERT));

        // Restore: the restored database says it was restored, and from what.
        Path backup = dir.resolve("backup.zip");
        new BackupService().backup(db, DataDirectory.filesDirectory(dbFile), backup);
        db.close();
        new BackupService().restore(backup, dbFile, DataDirectory.filesDirectory(dbFile), dir.resolve("kept.zip"), ACTOR);
        db = Database.openFile(dbFile);
        try {
            AuditEntry restore = single();
            assertEntry(restore, AuditAction.OTHER, "database", "restore", null, restore.newValue());
            assertEquals("restore of backup.zip sha256 " + Hashing.sha256(backup), restore.source());
        } finally {
            db.close();
        }
    }

    private AuditEntry single() {
        List<AuditEntry> entries = newEntries();
        assertEquals(1, entries.size(), entries.toString());
        return entries.get(0);
    }

    /** The application only ever inserts into audit_log: no code updates or deletes its rows. */
    @Test
    void theAuditLogIsAppendOnlyForTheApplication() throws IOException {
        Pattern write = Pattern.compile("(update|deleteFrom|delete|truncate|mergeInto|insertInto)\\s*\\(\\s*(Tables\\.)?AUDIT_LOG\\b");
        int inserts = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var m = write.matcher(Files.readString(file));
                while (m.find()) {
                    assertEquals("insertInto", m.group(1), file + " writes to audit_log other than by insert");
                    assertTrue(file.endsWith(Path.of("logic/audit/AuditLog.java")), file + " inserts into audit_log itself");
                    inserts++;
                }
            }
        }
        assertEquals(1, inserts, "AuditLog.record is the one way in");
    }
}
