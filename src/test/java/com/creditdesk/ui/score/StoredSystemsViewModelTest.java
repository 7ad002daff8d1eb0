package com.creditdesk.ui.score;

import org.junit.jupiter.api.Tag;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.ledger.CampaignRepository;
import com.creditdesk.logic.scoring.RuleParameter;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.InputUnit;
import com.creditdesk.model.indicator.StoredNode;
import com.creditdesk.model.indicator.StoredNodeKind;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.testutil.ImportedIndicators;
import com.creditdesk.testutil.TestDatabases;
import com.creditdesk.ui.util.CurrentThreadTaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * 评分模拟 with systems kept in the database: an imported indicator table (rules 待确认), a rule
 * confirmed through paste → propose → confirm, values from the ledger, 逾期风险, copies of
 * built-in systems. Without a window, on a fresh in-memory database.
 */
@Tag("db")
class StoredSystemsViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 5, 25);
    private static final String DISCRETIONARY = "酌情计分，最高得5分";

    private final Messages messages = Messages.of(Messages.CHINESE);
    private Database db;
    private ScoreViewModel vm;
    private long campaignId;

    @BeforeEach
    void setUp() {
        db = TestDatabases.fresh();
        campaignId = ImportedIndicators.importPuyang(db);
        Campaign campaign = new CampaignRepository(db.dsl()).find(campaignId).orElseThrow();
        vm = new ScoreViewModel(ScoreServices.of(db.dsl(), "tester", messages, () -> TODAY),
                new CurrentThreadTaskExecutor(e -> fail(e)), messages, new SimpleObjectProperty<>(campaign));
        vm.load();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private IndicatorSystem imported() {
        return vm.systems().stream().filter(s -> s.code().startsWith("import-")).findFirst().orElseThrow();
    }

    private IndicatorRow row(long indicatorId) {
        return vm.rows().stream().filter(r -> r.indicator().id().equals(String.valueOf(indicatorId))).findFirst().orElseThrow();
    }

    private StoredNode node(long id) {
        return vm.editor().storedProperty().get().node(id).orElseThrow();
    }

    @Test
    void importedSystemIsScorableAndRulesAreConfirmedByPasteProposeConfirm() {
        assertEquals(5, vm.systems().size(), "four built-in systems and the imported table");
        vm.systemProperty().set(imported());
        long id = ImportedIndicators.indicatorWithRule(db, DISCRETIONARY);
        IndicatorRow before = row(id);
        assertTrue(before.indicator().ruleText().startsWith("（5分）根据地方党委"), "the rule text verbatim");
        assertEquals("待确认规则", before.scoreTextProperty().get(), "no made-up score");
        assertTrue(vm.totalTextProperty().get().contains("项待确认规则"), vm.totalTextProperty().get());
        assertEquals("当前", vm.scenarioProperty().get().name());

        assertTrue(vm.editor().editableProperty().get(), "an imported system can be edited");
        vm.editor().selectedProperty().set(node(id));
        assertTrue(vm.editor().ruleHolderProperty().get());
        RuleEditorModel rule = vm.editor().rule();
        assertEquals(before.indicator().ruleText(), rule.ruleTextProperty().get());
        rule.propose();
        assertEquals("DISCRETIONARY", rule.kindProperty().get());
        assertEquals("5", rule.param(RuleParameter.MAX).get());
        assertEquals(InputUnit.SCORE, rule.unitProperty().get());
        assertTrue(rule.proposalProperty().get().startsWith("建议：酌情计分"), rule.proposalProperty().get());
        rule.param(RuleParameter.MAX).set("五分");
        vm.editor().confirmRule();
        assertEquals("规则参数“最高分”应为数值，实际为“五分”。", vm.editor().errorProperty().get());
        rule.param(RuleParameter.MAX).set("5");
        rule.noteProperty().set("按酌情计分，录入预估得分");
        vm.editor().confirmRule();
        assertEquals("", vm.editor().errorProperty().get());
        assertNotNull(node(id).rule());
        assertEquals(before.indicator().ruleText(), node(id).ruleText(), "the text stays verbatim");

        InputField field = vm.field("in" + id);
        assertNotNull(field, "the confirmed rule's input is on the screen");
        BigDecimal totalBefore = vm.resultProperty().get().total();
        field.valueProperty().set(new BigDecimal("4"));
        assertEquals("4 / 5 分", row(id).scoreTextProperty().get());
        assertEquals(0, totalBefore.add(new BigDecimal("4")).compareTo(vm.resultProperty().get().total()));

        // editing another rule keeps the unsaved value and the selection
        long other = ImportedIndicators.indicatorWithRule(db, "未整改到位扣2分");
        vm.editor().selectedProperty().set(node(other));
        vm.editor().rule().propose();
        assertEquals("DEDUCTION", rule.kindProperty().get(), "read under the indicator's own 4 points");
        assertTrue(rule.proposalProperty().get().startsWith("原文未写本项分值：按本项分值 4 分"), rule.proposalProperty().get());
        assertEquals("4", rule.param(RuleParameter.FULL).get());
        assertEquals("2", rule.param(RuleParameter.DEDUCTION).get());
        vm.editor().confirmRule();
        assertEquals(new BigDecimal("4"), vm.field("in" + id).valueProperty().get());
        assertTrue(vm.dirtyProperty().get());
        assertEquals(other, vm.editor().selectedProperty().get().id());
    }

    @Test
    void ledgerValuesShowTheirSourceAndRisksAreListed() {
        vm.systemProperty().set(imported());
        long id = ImportedIndicators.indicatorWithRule(db, "建立公务员诚信档案的，得1分");
        vm.editor().selectedProperty().set(node(id));
        RuleEditorModel rule = vm.editor().rule();
        rule.ruleTextProperty().set("建立公务员诚信档案的，得1分。");
        rule.propose();
        assertEquals("YES_NO", rule.kindProperty().get());
        vm.editor().confirmRule();
        assertNull(vm.field("in" + id).valueProperty().get(), "nothing accepted yet: missing, not 否");

        for (Long requirement : db.dsl().select(EVIDENCE_REQUIREMENT.ID).from(EVIDENCE_REQUIREMENT)
                .where(EVIDENCE_REQUIREMENT.INDICATOR_ID.eq(id)).fetch(EVIDENCE_REQUIREMENT.ID)) {
            db.dsl().insertInto(EVIDENCE_ITEM).set(EVIDENCE_ITEM.REQUIREMENT_ID, requirement)
                    .set(EVIDENCE_ITEM.STATUS, "ACCEPTED").execute();
        }
        vm.refreshFromLedger();
        assertEquals(Boolean.TRUE, vm.field("in" + id).valueProperty().get());
        assertTrue(vm.field("in" + id).sourceProperty().get().startsWith("来自台账："),
                vm.field("in" + id).sourceProperty().get());
        vm.field("in" + id).valueProperty().set(false);
        assertEquals("", vm.field("in" + id).sourceProperty().get(), "typed by hand: no longer from the ledger");

        long discretionary = ImportedIndicators.indicatorWithRule(db, DISCRETIONARY);
        ImportedIndicators.evidenceDue(db, discretionary, TODAY.minusDays(10));
        RiskModel risks = vm.risks();
        risks.activeProperty().set(true);
        assertNull(risks.inspectionDateProperty().get());
        assertEquals(1, risks.rows().size());
        assertEquals("5 分", risks.stake(risks.rows().get(0)));
        assertTrue(risks.items(risks.rows().get(0)).startsWith("已逾期 2021-05-15：佐证材料"));
        long deduction = ImportedIndicators.indicatorWithRule(db, "未整改到位扣2分");
        ImportedIndicators.evidenceDue(db, deduction, TODAY.plusDays(30));
        ImportedIndicators.evidenceDue(db, id, TODAY.plusDays(30));
        risks.setInspectionDate(TODAY.plusDays(60));
        assertEquals(TODAY.plusDays(60), risks.inspectionDateProperty().get());
        assertEquals(List.of(String.valueOf(discretionary), String.valueOf(deduction)),
                risks.rows().stream().map(r -> r.indicatorId()).toList(), "sorted by points at stake; accepted evidence is no risk");
        assertTrue(risks.summaryProperty().get().startsWith("2 项指标"), risks.summaryProperty().get());
    }

    @Test
    void builtinSystemsAreReadOnlyAndCanBeCopied() {
        vm.selectSystem("shandong-typical-city-zoucheng-2022");
        assertFalse(vm.editor().editableProperty().get());
        assertNull(vm.editor().storedProperty().get());
        vm.editor().copySystem("邹城（可编辑）");
        assertEquals("邹城（可编辑）", vm.systemProperty().get().name(), "the copy is chosen");
        assertTrue(vm.editor().editableProperty().get());
        assertEquals(6, vm.systems().size());
        int indicators = vm.rows().size();
        vm.editor().add(StoredNodeKind.CATEGORY);
        vm.editor().titleProperty().set("附加项");
        vm.editor().saveNode();
        vm.editor().add(StoredNodeKind.SCORED);
        vm.editor().kindProperty().set(StoredNodeKind.BONUS);
        vm.editor().maxPointsProperty().set("-2");
        vm.editor().saveNode();
        assertEquals("分值不能为负数（当前为 -2）。", vm.editor().errorProperty().get());
        vm.editor().maxPointsProperty().set("2");
        vm.editor().saveNode();
        assertEquals(indicators + 1, vm.rows().size());
        assertEquals("待确认规则", vm.rows().get(indicators).scoreTextProperty().get());
        vm.editor().deleteSystem();
        assertEquals(5, vm.systems().size());
    }
}
