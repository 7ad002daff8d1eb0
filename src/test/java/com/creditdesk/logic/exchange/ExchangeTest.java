package com.creditdesk.logic.exchange;

import org.junit.jupiter.api.Tag;

import com.creditdesk.logic.audit.AuditEntry;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.deadline.DeadlineService;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.model.exchange.ConflictChoice;
import com.creditdesk.model.exchange.ExchangeConflict;
import com.creditdesk.model.exchange.ReceiveReport;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskEdit;
import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.testutil.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.creditdesk.logic.db.generated.Tables.CAMPAIGN;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.TASK_OCCURRENCE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two counties send 报送包 to their city: merged apart, updated in place, conflicts listed, audited. */
@Tag("db")
class ExchangeTest {

    static final String RULES = "健全和落实信用制度";
    static final String DATA = "依法推进信用数据归集";
    static final String CODE_RATE = "大幅降低统一社会信用代码重错码率";

    @TempDir
    Path dir;

    County xiangdu;
    County xindu;
    Database city;
    Path cityFiles;

    @BeforeEach
    void setUp() {
        xiangdu = new County(dir, "130502", "襄都区");
        xindu = new County(dir, "130503", "信都区");
        city = TestDatabases.fresh();
        cityFiles = dir.resolve("city-files");
    }

    @AfterEach
    void tearDown() {
        xiangdu.close();
        xindu.close();
        city.close();
    }

    PackageReceiver receiver() {
        return new PackageReceiver(city.dsl(), cityFiles, "市信用办");
    }

    LedgerService cityLedger() {
        return new LedgerService(city.dsl(), "市信用办");
    }

    Campaign cityCampaign(String countyCode) {
        long id = city.dsl().select(CAMPAIGN.ID).from(CAMPAIGN).where(CAMPAIGN.COUNTY_CODE.eq(countyCode)).fetchSingle(CAMPAIGN.ID);
        return cityLedger().campaigns().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    Task cityTask(String countyCode, String title) {
        return cityLedger().tasks(cityCampaign(countyCode).id()).stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void twoCountiesMergedApartWithTheirEvidence() throws Exception {
        xiangdu.edit(RULES, TaskStatus.DONE, "襄都区已印发信用制度");
        byte[] scan = "%PDF-1.4 襄都区盖章扫描件".getBytes(StandardCharsets.UTF_8);
        xiangdu.addEvidence(RULES, "信用制度文件（加盖公章）", "襄都区信用制度.pdf", scan);
        xindu.edit(DATA, TaskStatus.IN_PROGRESS, "信都区已归集 80%");

        ReceiveReport a = receiver().receive(xiangdu.export(dir.resolve("襄都区-1.zip"), null), null);
        ReceiveReport b = receiver().receive(xindu.export(dir.resolve("信都区-1.zip"), null), null);

        int tasks = xiangdu.tasks().size();
        assertEquals("130502", a.countyCode());
        assertEquals("襄都区", a.countyName());
        assertEquals(tasks, a.countsOf("task").added());
        assertEquals(1, a.countsOf("evidence_item").added());
        assertEquals(1, a.filesAdded());
        assertEquals(tasks, b.countsOf("task").added());
        assertTrue(a.conflicts().isEmpty() && b.conflicts().isEmpty());

        // Each county is its own campaign; the texts arrive verbatim.
        assertEquals(2, cityLedger().campaigns().size());
        assertEquals("襄都区", city.dsl().select(CAMPAIGN.COUNTY_NAME).from(CAMPAIGN).where(CAMPAIGN.COUNTY_CODE.eq("130502")).fetchSingle(CAMPAIGN.COUNTY_NAME));
        Task rules = cityTask("130502", RULES);
        assertEquals(TaskStatus.DONE, rules.status());
        assertEquals("襄都区已印发信用制度", rules.progressNote());
        assertEquals(xiangdu.task(RULES).deadlineText(), rules.deadlineText());
        assertEquals(xiangdu.task(RULES).unitsText(), rules.unitsText());
        assertEquals(LedgerService.describeUnits(xiangdu.task(RULES).units()), LedgerService.describeUnits(rules.units()));
        assertEquals(TaskStatus.NOT_STARTED, cityTask("130503", RULES).status());
        assertEquals(TaskStatus.IN_PROGRESS, cityTask("130503", DATA).status());
        assertArrayEquals(scan, Files.readAllBytes(PackageFormat.storedFile(cityFiles, a.sha256().isEmpty() ? "" :
                com.creditdesk.logic.Hashing.sha256(new java.io.ByteArrayInputStream(scan)))));
        assertEquals(1, city.dsl().fetchCount(EVIDENCE_ITEM));

        List<AuditEntry> audit = new AuditLog(city.dsl()).list("task", rules.id(), 10);
        assertEquals(1, audit.size());
        assertTrue(audit.get(0).source().startsWith("receive of 襄都区-1.zip sha256 " + a.sha256()), audit.get(0).source());
    }

    @Test
    void secondPackageUpdatesAndConflictsAreListedForTheCoordinator() throws Exception {
        receiver().receive(xiangdu.export(dir.resolve("襄都区-1.zip"), null), null);
        receiver().receive(xindu.export(dir.resolve("信都区-1.zip"), null), null);
        int cityTasks = cityLedger().tasks(cityCampaign("130502").id()).size();

        // The city corrects one task; the county changes the same task and two others.
        Task atCity = cityTask("130502", RULES);
        cityLedger().updateTask(new TaskEdit(atCity.id(), atCity.version(), atCity.title(), TaskStatus.BLOCKED, "市里核实：缺少文件",
                atCity.units().stream().map(u -> new TaskEdit.UnitAssignment(u.unitName(), u.role())).toList()));
        xiangdu.edit(RULES, TaskStatus.DONE, "已印发");
        xiangdu.edit(DATA, TaskStatus.IN_PROGRESS, "已归集 60%");
        xiangdu.ledger.deleteTask(xiangdu.task(CODE_RATE).id());

        ReceiveReport second = receiver().receive(xiangdu.export(dir.resolve("襄都区-2.zip"), null), null);

        assertEquals(0, second.countsOf("task").added(), "matched by uuid, not added again");
        assertEquals(1, second.countsOf("task").updated());
        assertEquals(1, second.countsOf("task").removed());
        assertEquals(1, second.countsOf("task").conflicted());
        assertEquals(cityTasks - 2 - 1, second.countsOf("task").unchanged());
        assertEquals(2, cityLedger().campaigns().size());
        assertEquals(cityTasks - 1, cityLedger().tasks(cityCampaign("130502").id()).size());
        assertEquals(TaskStatus.IN_PROGRESS, cityTask("130502", DATA).status());

        // Both sides changed status and progress note: the city's values stay until decided.
        assertEquals(List.of("status", "progress_note"), second.conflicts().stream().map(ExchangeConflict::field).toList());
        ExchangeConflict status = second.conflicts().get(0);
        assertEquals("BLOCKED", status.cityValue());
        assertEquals("DONE", status.countyValue());
        assertTrue(status.label().contains(RULES), status.label());
        assertEquals(TaskStatus.BLOCKED, cityTask("130502", RULES).status());
        ConflictService conflicts = new ConflictService(city.dsl(), "市信用办");
        assertEquals(2, conflicts.open().size());

        // The coordinator takes the county's status and keeps the city's note.
        conflicts.resolve(Map.of(status.id(), ConflictChoice.TAKE_COUNTY,
                second.conflicts().get(1).id(), ConflictChoice.KEEP_CITY));
        Task resolved = cityTask("130502", RULES);
        assertEquals(TaskStatus.DONE, resolved.status());
        assertEquals("市里核实：缺少文件", resolved.progressNote());
        assertTrue(conflicts.open().isEmpty());
        // The two decisions are the two newest entries of the task, in either order.
        List<AuditEntry> decisions = new AuditLog(city.dsl()).list("task", resolved.id(), 2);
        AuditEntry take = decisions.stream().filter(e -> "status".equals(e.field())).findFirst().orElseThrow();
        assertEquals(com.creditdesk.logic.audit.AuditAction.UPDATE, take.action());
        assertTrue(take.source().startsWith("conflict #" + status.id()), take.source());
        assertEquals("BLOCKED", take.oldValue());
        assertEquals("DONE", take.newValue());

        // A third package without county changes leaves everything, the city's note included, alone.
        ReceiveReport third = receiver().receive(xiangdu.export(dir.resolve("襄都区-3.zip"), null), null);
        assertEquals(0, third.countsOf("task").updated());
        assertTrue(third.conflicts().isEmpty());
        assertEquals("市里核实：缺少文件", cityTask("130502", RULES).progressNote());
        // The other county was never touched.
        assertEquals(TaskStatus.NOT_STARTED, cityTask("130503", RULES).status());
    }

    @Test
    void periodsOfRecurringTasksMarkedDoneTravelWithThePackage() throws Exception {
        DeadlineService county = new DeadlineService(xiangdu.db.dsl(), "县信用办", DeadlineService.standardBoard());
        long data = xiangdu.task(DATA).id();
        county.setOccurrenceDone(data, LocalDate.of(2021, 3, 31), true);
        county.setOccurrenceDone(data, LocalDate.of(2021, 6, 30), true);
        receiver().receive(xiangdu.export(dir.resolve("襄都区-1.zip"), null), null);
        long cityTask = cityTask("130502", DATA).id();
        assertEquals(List.of(LocalDate.of(2021, 3, 31), LocalDate.of(2021, 6, 30)), donePeriods(cityTask));

        // The county takes one period back and finishes the next one.
        county.setOccurrenceDone(data, LocalDate.of(2021, 6, 30), false);
        county.setOccurrenceDone(data, LocalDate.of(2021, 9, 30), true);
        ReceiveReport second = receiver().receive(xiangdu.export(dir.resolve("襄都区-2.zip"), null), null);
        assertEquals(1, second.countsOf("task").updated());
        assertEquals(List.of(LocalDate.of(2021, 3, 31), LocalDate.of(2021, 9, 30)), donePeriods(cityTask));
        AuditEntry change = new AuditLog(city.dsl()).list("task", cityTask, 5).stream()
                .filter(e -> "done_periods".equals(e.field())).findFirst().orElseThrow();
        assertEquals("2021-03-31、2021-06-30", change.oldValue());
        assertEquals("2021-03-31、2021-09-30", change.newValue());
    }

    private List<LocalDate> donePeriods(long taskId) {
        return city.dsl().select(TASK_OCCURRENCE.DUE_DATE).from(TASK_OCCURRENCE)
                .where(TASK_OCCURRENCE.TASK_ID.eq(taskId).and(TASK_OCCURRENCE.DONE.isTrue()))
                .orderBy(TASK_OCCURRENCE.DUE_DATE).fetch(TASK_OCCURRENCE.DUE_DATE);
    }

    @Test
    void signedPackageNeedsTheSharedKey() {
        byte[] key = "襄都-2021-共享密钥".getBytes(StandardCharsets.UTF_8);
        Path signed = xiangdu.export(dir.resolve("signed.zip"), key);
        ReceiveReport report = receiver().receive(signed, key);
        assertEquals(xiangdu.tasks().size(), report.countsOf("task").added());
    }
}
