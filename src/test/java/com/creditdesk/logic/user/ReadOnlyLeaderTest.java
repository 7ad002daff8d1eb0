package com.creditdesk.logic.user;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.evidence.EvidenceService;
import com.creditdesk.logic.evidence.FileStore;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.importer.DatabaseImportWriter;
import com.creditdesk.logic.importer.NoticeImporter;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.logic.ledger.UnitRegistryService;
import com.creditdesk.logic.scoring.IndicatorSystemService;
import com.creditdesk.logic.scoring.RiskService;
import com.creditdesk.logic.scoring.ScenarioService;
import com.creditdesk.model.evidence.CopyProgress;
import com.creditdesk.model.evidence.Delivery;
import com.creditdesk.model.evidence.EvidenceItem;
import com.creditdesk.model.evidence.Requirement;
import com.creditdesk.model.importer.ImportOptions;
import com.creditdesk.model.indicator.Scenario;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskEdit;
import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.model.ledger.UnitKind;
import com.creditdesk.model.user.Role;
import com.creditdesk.testutil.TestDatabases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A leader's read-only account (LEADER_READONLY) on a shared database: every main write path —
 * task edit, evidence attach and review, unit edit, scenario values, indicator systems — is refused
 * with the Chinese message naming the user, and the database is left exactly as it was.
 */
@Tag("db")
class ReadOnlyLeaderTest {

    private static final String ZOUCHENG = "shandong-typical-city-zoucheng-2022";

    @TempDir
    Path dir;

    @Test
    void everyWritePathRefusesTheLeaderAndChangesNothing() throws Exception {
        try (Database db = TestDatabases.fresh()) {
            Path notice = Path.of(getClass().getResource("/fixtures/puyang-2021-basic.docx").toURI());
            long campaign = new DatabaseImportWriter(db.dsl(), "市信用办")
                    .write(new NoticeImporter().preview(notice, ImportOptions.defaults()), ImportOptions.defaults().withSourceFile(notice))
                    .campaignId();
            LedgerService owner = new LedgerService(db.dsl(), "市信用办");
            long taskId = owner.addTask(campaign, null, "一、", "建立信用承诺制度");
            FileStore store = FileStore.inDatabase(db.dsl(), FileStore.DEFAULT_MAX_BYTES);
            EvidenceService ownerEvidence = new EvidenceService(db.dsl(), "市信用办", store);
            long requirementId = db.dsl().select(EVIDENCE_REQUIREMENT.ID).from(EVIDENCE_REQUIREMENT)
                    .where(EVIDENCE_REQUIREMENT.CAMPAIGN_ID.eq(campaign)).orderBy(EVIDENCE_REQUIREMENT.ID).limit(1)
                    .fetchOne(EVIDENCE_REQUIREMENT.ID);
            Requirement requirement = ownerEvidence.requirement(requirementId).orElseThrow();
            long unitId = requirement.units().get(0).id();
            Path pdf = Files.writeString(dir.resolve("制度.pdf"), "%PDF-1.4");
            EvidenceItem item = ownerEvidence.attach(requirementId, unitId, List.of(pdf), Delivery.none(), CopyProgress.NONE);
            Scenario scenario = new ScenarioService(db.dsl(), "市信用办").createEmpty(campaign, ZOUCHENG, "模拟");
            Map<String, String> before = TestDatabases.snapshot(db.dsl());

            AccessScope leader = new AccessScope("王局长", Role.LEADER_READONLY, null);
            Messages chinese = Messages.of(Messages.CHINESE);
            LedgerService ledger = new LedgerService(db.dsl(), leader);
            Task task = ledger.task(taskId).orElseThrow();
            EvidenceService evidence = new EvidenceService(db.dsl(), leader, store);
            UnitRegistryService units = new UnitRegistryService(db.dsl(), leader);
            ScenarioService scenarios = new ScenarioService(db.dsl(), leader, chinese);
            Path other = Files.writeString(dir.resolve("说明.pdf"), "%PDF-1.4 other");
            List<Executable> writes = List.of(
                    () -> ledger.updateTask(new TaskEdit(taskId, task.version(), "改过的标题", TaskStatus.DONE, "已完成", List.of())),
                    () -> ledger.addTask(campaign, null, "二、", "新任务"),
                    () -> ledger.deleteTask(taskId),
                    () -> ledger.updateUnitContact(unitId, "张三", "0393-1234567"),
                    () -> evidence.attach(requirementId, unitId, List.of(other), Delivery.none(), CopyProgress.NONE),
                    () -> evidence.accept(item.id(), item.version()),
                    () -> evidence.returnItem(item.id(), item.version(), "未盖章"),
                    () -> evidence.detachFile(item.id(), item.version(), item.files().get(0).id()),
                    () -> evidence.deleteRequirement(requirementId),
                    () -> units.add("新单位", UnitKind.DEPARTMENT),
                    () -> units.rename(unitId, "改名单位", true),
                    () -> units.addAlias(unitId, "别名"),
                    () -> scenarios.save(scenario.id(), Map.of("sme_credit_progress", true)),
                    () -> scenarios.createEmpty(campaign, ZOUCHENG, "领导的模拟"),
                    () -> scenarios.delete(scenario.id()),
                    () -> new IndicatorSystemService(db.dsl(), leader, chinese).create("新体系", BigDecimal.TEN),
                    () -> new RiskService(db.dsl(), leader).setInspectionDate(campaign, LocalDate.of(2022, 9, 1)));
            for (int i = 0; i < writes.size(); i++) {
                UserFacingException refused = assertThrows(UserFacingException.class, writes.get(i), "write " + i);
                assertEquals("error.access.readOnly", refused.key(), "write " + i);
                String message = refused.localizedMessage(chinese);
                assertTrue(message.contains("王局长") && message.contains("只读"), message);
            }
            assertEquals(before, TestDatabases.snapshot(db.dsl()), "nothing changed");
        }
    }
}
