package com.creditdesk.logic.scoring;

import org.junit.jupiter.api.Tag;

import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.ledger.CampaignRepository;
import com.creditdesk.model.indicator.AnyYes;
import com.creditdesk.model.indicator.Comparison;
import com.creditdesk.model.indicator.IndicatorKind;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.InputUnit;
import com.creditdesk.model.indicator.NodeEdit;
import com.creditdesk.model.indicator.RiskRow;
import com.creditdesk.model.indicator.RuleEdit;
import com.creditdesk.model.indicator.Scenario;
import com.creditdesk.model.indicator.StoredNodeKind;
import com.creditdesk.model.indicator.StoredSystem;
import com.creditdesk.model.indicator.Veto;
import com.creditdesk.model.indicator.YesNo;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.CampaignLevel;
import com.creditdesk.testutil.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static com.creditdesk.logic.db.generated.Tables.TASK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ledger seen from the 评分模拟 screen: "当前" filled from accepted evidence and done tasks
 * (never from unfinished work), and 逾期风险 sorted by what is at stake.
 */
@Tag("db")
class LedgerScoringTest {

    private static final LocalDate TODAY = LocalDate.of(2022, 6, 1);

    private Database db;
    private long campaignId;
    private StoredSystem system;
    private long evidenceYes;
    private long taskYes;
    private long anyYes;
    private long veto;
    private long scored;

    @BeforeEach
    void setUp() {
        db = TestDatabases.fresh();
        campaignId = new CampaignRepository(db.dsl()).insert(new Campaign(0, "创建活动", CampaignLevel.NATIONAL,
                null, null, null, null, LocalDate.of(2022, 12, 31), null), null, null);
        IndicatorSystemService service = new IndicatorSystemService(db.dsl(), "tester", Messages.of(Messages.CHINESE));
        system = service.create("测试体系", null);
        evidenceYes = indicator(service, "1", "建立信用承诺制度", StoredNodeKind.SCORED, "2");
        taskYes = indicator(service, "2", "建立信用修复机制", StoredNodeKind.SCORED, "3");
        anyYes = indicator(service, "3", "重大失信事件", StoredNodeKind.SCORED, "4");
        veto = indicator(service, "4", "出台信用条例", StoredNodeKind.VETO, null);
        scored = indicator(service, "5", "信用应用", StoredNodeKind.SCORED, "6");
        service.saveRule(evidenceYes, rule(new YesNo("x", new BigDecimal("2"), BigDecimal.ZERO)));
        service.saveRule(taskYes, rule(new YesNo("x", new BigDecimal("3"), BigDecimal.ZERO)));
        service.saveRule(anyYes, rule(new AnyYes(List.of("x"), BigDecimal.ZERO, new BigDecimal("4"))));
        service.saveRule(veto, rule(new Veto("x", Comparison.YES, null, null)));
        system = service.find(system.code());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private long indicator(IndicatorSystemService service, String code, String title, StoredNodeKind kind, String max) {
        StoredSystem after = service.addIndicator(system.id(), null,
                new NodeEdit(code, title, max == null ? null : new BigDecimal(max), kind));
        return after.allNodes().stream().filter(n -> code.equals(n.code())).findFirst().orElseThrow().id();
    }

    private static RuleEdit rule(com.creditdesk.model.indicator.ScoringRule rule) {
        return new RuleEdit("原文", rule, null, null, null, null);
    }

    private long requirement(long indicatorId, Long taskId, LocalDate due, String... itemStatuses) {
        long id = db.dsl().insertInto(EVIDENCE_REQUIREMENT).set(EVIDENCE_REQUIREMENT.CAMPAIGN_ID, campaignId)
                .set(EVIDENCE_REQUIREMENT.INDICATOR_ID, indicatorId).set(EVIDENCE_REQUIREMENT.TASK_ID, taskId)
                .set(EVIDENCE_REQUIREMENT.TEXT, "佐证材料 " + indicatorId).set(EVIDENCE_REQUIREMENT.DEADLINE_DUE, due)
                .returning(EVIDENCE_REQUIREMENT.ID).fetchOne(EVIDENCE_REQUIREMENT.ID);
        for (String status : itemStatuses) {
            db.dsl().insertInto(EVIDENCE_ITEM).set(EVIDENCE_ITEM.REQUIREMENT_ID, id).set(EVIDENCE_ITEM.STATUS, status).execute();
        }
        return id;
    }

    private long task(String title, String status, LocalDate due) {
        return db.dsl().insertInto(TASK).set(TASK.CAMPAIGN_ID, campaignId).set(TASK.SORT_ORDER, 0)
                .set(TASK.TITLE, title).set(TASK.STATUS, status).set(TASK.DEADLINE_DUE, due)
                .returning(TASK.ID).fetchOne(TASK.ID);
    }

    @Test
    void currentScenarioTakesOnlyWhatTheLedgerProves() {
        requirement(evidenceYes, null, null, "RETURNED", "ACCEPTED");
        requirement(evidenceYes, null, null, "ACCEPTED");
        // the tasks of indicator 2 are done, its evidence is not: the tasks prove it
        requirement(taskYes, task("制定信用修复办法", "DONE", null), null, "SUBMITTED");
        requirement(taskYes, task("公布修复流程", "DONE", null), null);
        // all accepted, but "是" is the bad answer here: evidence proves nothing about it
        requirement(anyYes, null, null, "ACCEPTED");
        // the veto's only requirement is still pending: stays missing, not 否
        requirement(veto, null, null, "PENDING");
        requirement(scored, null, null, "ACCEPTED");

        ScenarioService scenarios = new ScenarioService(db.dsl(), "tester");
        Scenario current = scenarios.createCurrent(campaignId, system.code(), "当前");
        assertEquals(Map.of("in" + evidenceYes, true, "in" + taskYes, true), scenarios.values(current.id()));
        Map<String, String> sources = scenarios.sources(current.id());
        assertEquals("来自台账：指标 1 的 2 项佐证材料均已验收", sources.get("in" + evidenceYes));
        assertEquals("来自台账：指标 2 的 2 项关联任务均已完成", sources.get("in" + taskYes));

        // typed by hand: the source goes; the ledger refresh keeps hand-typed values
        scenarios.save(current.id(), Map.of("in" + evidenceYes, false, "in" + taskYes, true));
        assertEquals(List.of("in" + taskYes), List.copyOf(scenarios.sources(current.id()).keySet()));
        db.dsl().update(TASK).set(TASK.STATUS, "IN_PROGRESS").where(TASK.TITLE.eq("公布修复流程")).execute();
        db.dsl().update(EVIDENCE_ITEM).set(EVIDENCE_ITEM.STATUS, "ACCEPTED").where(EVIDENCE_ITEM.STATUS.eq("PENDING")).execute();
        assertEquals(2, scenarios.refreshFromLedger(current.id()));
        Map<String, Object> refreshed = scenarios.values(current.id());
        assertEquals(false, refreshed.get("in" + evidenceYes), "typed by hand, kept");
        assertFalse(refreshed.containsKey("in" + taskYes), "no longer proven: missing again, not 否");
        assertEquals(true, refreshed.get("in" + veto));
        assertTrue(new AuditLog(db.dsl()).list("scenario", current.id(), 20).size() >= 4);

        Scenario empty = scenarios.createEmpty(campaignId, system.code(), "空白");
        assertEquals(Map.of(), scenarios.values(empty.id()));
    }

    @Test
    void builtinSystemsStartEmpty() {
        ScenarioService scenarios = new ScenarioService(db.dsl(), "tester");
        Scenario current = scenarios.createCurrent(campaignId, "shandong-typical-city-zoucheng-2022", "当前");
        assertEquals(Map.of(), scenarios.values(current.id()));
    }

    @Test
    void overdueRisksSortedByWhatIsAtStake() {
        requirement(evidenceYes, null, LocalDate.of(2022, 5, 1), "SUBMITTED");          // overdue, 2 points
        requirement(scored, null, LocalDate.of(2022, 9, 1));                              // before inspection, 6 points
        requirement(scored, null, LocalDate.of(2022, 5, 20), "ACCEPTED");                 // done: no risk
        requirement(taskYes, task("公布修复流程", "IN_PROGRESS", LocalDate.of(2023, 3, 1)), null, "ACCEPTED");
        requirement(veto, task("起草条例", "NOT_STARTED", LocalDate.of(2022, 7, 1)), null);
        requirement(anyYes, null, null);                                                  // no date: not a deadline risk

        RiskService risks = new RiskService(db.dsl(), "tester");
        assertEquals(LocalDate.of(2022, 12, 31), risks.inspectionDate(campaignId).date());
        assertTrue(risks.inspectionDate(campaignId).fromPeriodEnd());
        IndicatorSystem model = StoredSystemModel.toModel(system);
        List<RiskRow> rows = risks.risks(campaignId, model, TODAY);
        assertEquals(List.of("4", "5", "1"), rows.stream().map(RiskRow::code).toList(),
                "the veto first, then by points; the task due after the inspection is not listed");
        RiskRow vetoRow = rows.get(0);
        assertEquals(IndicatorKind.VETO, vetoRow.kind());
        assertNull(vetoRow.pointsAtStake());
        assertEquals(1, vetoRow.dueBeforeInspection());
        assertEquals(new BigDecimal("6"), rows.get(1).pointsAtStake());
        assertEquals(1, rows.get(2).overdue());

        risks.setInspectionDate(campaignId, LocalDate.of(2022, 6, 30));
        assertFalse(risks.inspectionDate(campaignId).fromPeriodEnd());
        assertEquals(List.of("1"), risks.risks(campaignId, model, TODAY).stream().map(RiskRow::code).toList());
        risks.setInspectionDate(campaignId, LocalDate.of(2023, 6, 30));
        assertEquals(List.of("4", "5", "2", "1"), risks.risks(campaignId, model, TODAY).stream().map(RiskRow::code).toList());
        assertEquals(2, new AuditLog(db.dsl()).list("campaign", campaignId, 10).size());
        assertEquals(List.of(), risks.risks(campaignId, BuiltinIndicatorSystems.load().get(0), TODAY));
    }
}
