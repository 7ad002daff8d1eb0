package com.creditdesk.logic.scoring;

import org.junit.jupiter.api.Tag;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.indicator.Choice;
import com.creditdesk.model.indicator.IndicatorScore;
import com.creditdesk.model.indicator.IndicatorStatus;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.InputSpec;
import com.creditdesk.model.indicator.InputUnit;
import com.creditdesk.model.indicator.NodeEdit;
import com.creditdesk.model.indicator.NotApplicable;
import com.creditdesk.model.indicator.ProposedRule;
import com.creditdesk.model.indicator.RuleEdit;
import com.creditdesk.model.indicator.ScoreResult;
import com.creditdesk.model.indicator.StoredNode;
import com.creditdesk.model.indicator.StoredNodeKind;
import com.creditdesk.model.indicator.StoredSystem;
import com.creditdesk.model.indicator.SubRule;
import com.creditdesk.testutil.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.creditdesk.logic.db.generated.Tables.INDICATOR_SYSTEM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Creating and editing stored indicator systems, on a fresh in-memory database. */
@Tag("db")
class IndicatorSystemServiceTest {

    private final Database db = TestDatabases.fresh();
    private final Messages messages = Messages.of(Messages.CHINESE);
    private final IndicatorSystemService service = new IndicatorSystemService(db.dsl(), "tester", messages);

    @AfterEach
    void close() {
        db.close();
    }

    private static StoredNode only(StoredSystem system, StoredNodeKind kind) {
        return system.allNodes().stream().filter(n -> n.kind() == kind).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void buildASystemPasteARuleAndScoreIt() {
        StoredSystem system = service.create("  测试体系 ", new BigDecimal("100"));
        assertEquals("测试体系", system.name());
        system = service.addCategory(system.id(), new NodeEdit("一、", "信用制度建设（6分）", new BigDecimal("6"), null));
        long category = only(system, StoredNodeKind.CATEGORY).id();
        system = service.addIndicator(system.id(), category,
                new NodeEdit("1", "联合奖惩", new BigDecimal("2"), StoredNodeKind.SCORED));
        StoredNode indicator = only(system, StoredNodeKind.SCORED);

        IndicatorSystem model = new IndicatorSystemCatalog(db.dsl()).find(system.code()).orElseThrow();
        IndicatorScore before = new ScoreCalculator().evaluate(model, Map.of()).indicators().get(0);
        assertEquals(IndicatorStatus.UNCONFIRMED, before.status(), "a new indicator is 待确认, not scored");
        assertNull(before.score());

        String text = "根据实施联合奖惩领域的数量计分，计分公式为城市实施联合奖惩领域数量/40，最高得2分。";
        ProposedRule proposed = new RuleProposer().propose(text);
        assertEquals("LINEAR", proposed.kind());
        system = service.saveRule(indicator.id(), new RuleEdit(text, proposed.rule(), "按公式读取", null,
                "联合奖惩领域数量", InputUnit.COUNT));
        StoredNode saved = system.node(indicator.id()).orElseThrow();
        assertEquals(text, saved.ruleText(), "the text is kept verbatim");
        assertEquals("按公式读取", saved.ruleNote());
        String key = "in" + indicator.id();
        assertEquals(List.of(new InputSpec(key, "联合奖惩领域数量", InputUnit.COUNT, null, null)), system.inputs());

        model = new IndicatorSystemCatalog(db.dsl()).find(system.code()).orElseThrow();
        ScoreResult result = new ScoreCalculator().evaluate(model, Map.of(key, 32));
        assertEquals(0, new BigDecimal("0.8").compareTo(result.indicators().get(0).score()), "32/40 = 0.8");
        assertTrue(new AuditLog(db.dsl()).list(IndicatorSystemService.NODE, indicator.id(), 20).size() >= 4);
    }

    @Test
    void aFirstSubRuleTakesOverTheIndicatorsRule() {
        StoredSystem system = service.create("体系", null);
        system = service.addIndicator(system.id(), null, new NodeEdit("5", "信用承诺", new BigDecimal("3"), null));
        StoredNode indicator = only(system, StoredNodeKind.SCORED);
        ProposedRule yes = new RuleProposer().propose("建有信用承诺制度得1分。");
        system = service.saveRule(indicator.id(), new RuleEdit("建有信用承诺制度得1分。", yes.rule(), null, null, null, null));
        system = service.addSubRule(indicator.id(), new NodeEdit("1.", "", null, null));
        StoredNode sub = only(system, StoredNodeKind.RULE);
        assertEquals("YES_NO", sub.rule().kindName());
        assertNull(system.node(indicator.id()).orElseThrow().rule());
        system = service.addSubRule(indicator.id(), new NodeEdit("2.", "", null, null));
        IndicatorSystem model = StoredSystemModel.toModel(system);
        List<SubRule> rules = model.indicators().get(0).rules();
        assertEquals(List.of("YES_NO", "UNCONFIRMED"), rules.stream().map(r -> r.rule().kindName()).toList());
        assertEquals(InputUnit.YESNO, model.inputs().get(0).unit());
    }

    @Test
    void clearChineseMessagesAndNothingWrittenOnBadInput() {
        StoredSystem system = service.create("体系", null);
        UserFacingException empty = assertThrows(UserFacingException.class, () -> service.create(" ", null));
        assertEquals("指标体系名称不能为空。", empty.localizedMessage(messages));
        UserFacingException negative = assertThrows(UserFacingException.class, () ->
                service.addIndicator(system.id(), null, new NodeEdit("1", "某指标", new BigDecimal("-1"), null)));
        assertEquals("分值不能为负数（当前为 -1）。", negative.localizedMessage(messages));
        UserFacingException noTitle = assertThrows(UserFacingException.class, () ->
                service.addCategory(system.id(), new NodeEdit("一、", " ", null, null)));
        assertEquals("类别的名称不能为空。", noTitle.localizedMessage(messages));

        StoredSystem withIndicator = service.addIndicator(system.id(), null, new NodeEdit("1", "城镇化率", null, null));
        long id = only(withIndicator, StoredNodeKind.SCORED).id();
        NotApplicable toNowhere = new NotApplicable("x", com.creditdesk.model.indicator.Comparison.GE,
                new BigDecimal("90"), "99", new BigDecimal("6"));
        UserFacingException moved = assertThrows(UserFacingException.class, () ->
                service.saveRule(id, new RuleEdit("……计入涉企信用信息共享指标", toNowhere, null, null, "城镇化率", null)));
        assertTrue(moved.localizedMessage(messages).contains("引用了不存在的指标“99”"), moved.localizedMessage(messages));
        StoredSystem unchanged = service.find(system.code());
        assertNull(unchanged.node(id).orElseThrow().rule(), "the failed save was rolled back");
        assertEquals(List.of(), unchanged.inputs());
    }

    @Test
    void builtinRowsAreReadOnly() {
        StoredSystem system = service.create("体系", null);
        db.dsl().update(INDICATOR_SYSTEM).set(INDICATOR_SYSTEM.BUILTIN, true).where(INDICATOR_SYSTEM.ID.eq(system.id())).execute();
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> service.addCategory(system.id(), new NodeEdit(null, "类别", null, null)));
        assertTrue(e.localizedMessage(messages).startsWith("指标体系“体系”是内置体系，只读。"));
        assertTrue(!new IndicatorSystemCatalog(db.dsl()).editable(system.code()));
    }

    static List<IndicatorSystem> builtins() {
        return BuiltinIndicatorSystems.load();
    }

    /** A copy scores every scenario exactly as its original: same texts, rules, inputs and caps. */
    @ParameterizedTest
    @MethodSource("builtins")
    void anEditableCopyScoresLikeTheBuiltin(IndicatorSystem builtin) {
        StoredSystem copy = service.copy(builtin, builtin.name() + " 副本");
        assertTrue(new IndicatorSystemCatalog(db.dsl()).editable(copy.code()));
        IndicatorSystem model = new IndicatorSystemCatalog(db.dsl()).find(copy.code()).orElseThrow();
        assertEquals(builtin.indicators().size(), model.indicators().size());
        assertEquals(builtin.inputs().size(), model.inputs().size());
        for (int i = 0; i < builtin.indicators().size(); i++) {
            assertEquals(builtin.indicators().get(i).ruleText(), model.indicators().get(i).ruleText());
            assertEquals(builtin.indicators().get(i).code(), model.indicators().get(i).code());
        }
        for (Map<String, Object> values : List.of(Map.<String, Object>of(), sample(builtin, true), sample(builtin, false))) {
            ScoreResult original = new ScoreCalculator().evaluate(builtin, values);
            ScoreResult copied = new ScoreCalculator().evaluate(model, values);
            assertEquals(original.total(), copied.total(), builtin.code());
            assertEquals(original.max(), copied.max());
            assertEquals(original.vetoFailures().size(), copied.vetoFailures().size());
            for (int i = 0; i < original.indicators().size(); i++) {
                assertEquals(original.indicators().get(i).score(), copied.indicators().get(i).score(),
                        builtin.indicators().get(i).id());
                assertEquals(original.indicators().get(i).status(), copied.indicators().get(i).status());
            }
        }
    }

    /** Plausible values for every input: high or low ends of their ranges. */
    private static Map<String, Object> sample(IndicatorSystem system, boolean high) {
        Map<String, Object> values = new HashMap<>();
        for (InputSpec spec : system.inputs()) {
            Object value = switch (spec.unit()) {
                case YESNO -> high;
                case CHOICE -> system.indicators().stream().flatMap(i -> i.rules().stream())
                        .map(SubRule::rule).filter(r -> r instanceof Choice c && c.input().equals(spec.key()))
                        .map(r -> ((Choice) r).options().get(high ? 0 : 1).label()).findFirst().orElse("");
                case MONTHLY -> new BigDecimal(high ? 12 : 3);
                case RANK -> new BigDecimal(high ? 1 : 50);
                case PERCENT -> new BigDecimal(high ? 95 : 10);
                case SCORE -> BigDecimal.ZERO;
                default -> new BigDecimal(high ? 30 : 1);
            };
            values.put(spec.key(), value);
        }
        return values;
    }
}
