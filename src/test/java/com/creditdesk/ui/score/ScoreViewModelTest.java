package com.creditdesk.ui.score;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.ledger.CampaignRepository;
import com.creditdesk.logic.scoring.ScenarioService;
import com.creditdesk.model.indicator.Scenario;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.CampaignLevel;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The 评分模拟 view model without a window, on a fresh in-memory database. */
@Tag("db")
class ScoreViewModelTest {

    private static final String ZOUCHENG = "shandong-typical-city-zoucheng-2022";

    private Database db;
    private SimpleObjectProperty<Campaign> campaign;
    private final Messages messages = Messages.of(Messages.CHINESE);

    @BeforeEach
    void setUp() {
        db = TestDatabases.fresh();
        long id = new CampaignRepository(db.dsl()).insert(new Campaign(0, "测试活动", CampaignLevel.NATIONAL,
                null, null, null, null, null, null), null, null);
        campaign = new SimpleObjectProperty<>(new CampaignRepository(db.dsl()).find(id).orElseThrow());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private ScoreViewModel newViewModel() {
        ScoreViewModel vm = new ScoreViewModel(ScoreServices.of(db.dsl(), "tester", Messages.of(Messages.CHINESE), LocalDate::now),
                new CurrentThreadTaskExecutor(e -> fail(e)), messages, campaign);
        vm.load();
        return vm;
    }

    private static IndicatorRow row(ScoreViewModel vm, String id) {
        return vm.rows().stream().filter(r -> r.indicator().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void changingAnInputRecomputesTheTotalAtOnce() {
        ScoreViewModel vm = newViewModel();
        assertEquals(4, vm.systems().size());
        vm.selectSystem(ZOUCHENG);
        assertEquals(List.of("当前"), vm.scenarios().stream().map(Scenario::name).toList());
        assertEquals("当前", vm.scenarioProperty().get().name());
        BigDecimal before = vm.resultProperty().get().total();
        int missingBefore = vm.resultProperty().get().missing().size();
        assertTrue(vm.missingTextProperty().get().startsWith("缺少 " + missingBefore + " 项输入")
                && vm.missingTextProperty().get().contains("信用惠民便企应用领域数（个）"), vm.missingTextProperty().get());
        assertEquals("缺少输入", row(vm, "4.1").scoreTextProperty().get());

        vm.field("xinyi_domains").valueProperty().set(new BigDecimal("25"));
        assertEquals("3 / 4 分", row(vm, "4.1").scoreTextProperty().get());
        assertNotEquals(0, vm.resultProperty().get().total().compareTo(before), vm.totalTextProperty().get());
        assertTrue(row(vm, "4.1").scoreTextProperty().get().endsWith("/ 4 分"), row(vm, "4.1").scoreTextProperty().get());
        assertTrue(vm.dirtyProperty().get());
        assertEquals(missingBefore - 1, vm.resultProperty().get().missing().size(), "the others stay missing, not 0");
        assertFalse(vm.missingTextProperty().get().contains("信用惠民便企应用领域数（个）"));

        vm.field("sme_credit_progress").valueProperty().set(Boolean.TRUE);
        assertTrue(vm.values().containsKey("sme_credit_progress"));
        vm.field("sme_credit_progress").valueProperty().set(null);
        assertFalse(vm.values().containsKey("sme_credit_progress"), "clearing an input makes it missing again");
    }

    @Test
    void vetoFailuresNameTheFailingInput() {
        ScoreViewModel vm = newViewModel();
        vm.selectSystem("xingtai-2021");
        assertEquals(List.of(), vm.vetoLines(), "a missing veto input is missing, not failed");
        vm.field("code_error_rate").valueProperty().set(new BigDecimal("0.02"));
        assertEquals(1, vm.vetoLines().size());
        String line = vm.vetoLines().get(0);
        assertTrue(line.startsWith("✗ 一票否决"), line);
        assertTrue(line.contains(vm.field("code_error_rate").spec().label()), line);
        assertTrue(line.contains("0.02") && line.contains("低于 0.01"), line);
        assertTrue(vm.totalTextProperty().get().startsWith("【一票否决】"));
        assertEquals("✗ 未通过（一票否决）", row(vm, "H1").scoreTextProperty().get());
        vm.field("code_error_rate").valueProperty().set(new BigDecimal("0.005"));
        assertEquals(List.of(), vm.vetoLines());
        assertEquals("✓ 通过", row(vm, "H1").scoreTextProperty().get());
    }

    @Test
    void saveLoadRoundTripAndComparison() {
        ScoreViewModel vm = newViewModel();
        vm.selectSystem(ZOUCHENG);
        vm.field("xinyi_domains").valueProperty().set(new BigDecimal("25"));
        vm.field("code_error_monthly").valueProperty().set(new BigDecimal("10"));
        vm.field("sme_credit_progress").valueProperty().set(Boolean.TRUE);
        vm.save();
        assertFalse(vm.dirtyProperty().get());
        assertTrue(vm.statusProperty().get().contains("3 项输入有变化"), vm.statusProperty().get());
        BigDecimal savedTotal = vm.resultProperty().get().total();

        vm.copyScenario("冲刺");
        assertEquals("冲刺", vm.scenarioProperty().get().name());
        assertEquals(savedTotal, vm.resultProperty().get().total());
        vm.field("xinyi_domains").valueProperty().set(new BigDecimal("29"));
        vm.save();

        vm.compare(List.copyOf(vm.scenarios()));
        assertEquals(List.of("当前", "冲刺"), vm.comparison().columns());
        ComparisonRow total = vm.comparison().rows().get(0);
        assertEquals("总分", total.label());
        ComparisonRow xinyi = vm.comparison().rows().stream().filter(r -> r.label().contains("信易+应用情况"))
                .findFirst().orElseThrow();
        assertTrue(xinyi.differs(), xinyi.toString());
        ComparisonRow credit = vm.comparison().rows().stream().filter(r -> r.label().contains("信用核查"))
                .findFirst().orElseThrow();
        assertFalse(credit.differs());
        assertEquals(List.of("缺输入", "缺输入"), credit.cells());
        // the edited scenario follows unsaved changes in the comparison
        vm.field("xinyi_domains").valueProperty().set(new BigDecimal("25"));
        ComparisonRow again = vm.comparison().rows().stream().filter(r -> r.label().contains("信易+应用情况"))
                .findFirst().orElseThrow();
        assertFalse(again.differs());

        ScoreViewModel reopened = newViewModel();
        reopened.selectSystem(ZOUCHENG);
        assertEquals("当前", reopened.scenarioProperty().get().name());
        assertEquals(0, new BigDecimal("25").compareTo((BigDecimal) reopened.field("xinyi_domains").valueProperty().get()));
        assertEquals(Boolean.TRUE, reopened.field("sme_credit_progress").valueProperty().get());
        assertEquals(savedTotal, reopened.resultProperty().get().total());
        assertFalse(reopened.dirtyProperty().get());

        reopened.deleteScenario();
        assertEquals(List.of("冲刺"), reopened.scenarios().stream().map(Scenario::name).toList());
    }

    @Test
    void easiestGainsAreRankedWhenShown() {
        ScoreViewModel vm = newViewModel();
        vm.selectSystem(ZOUCHENG);
        vm.field("xinyi_domains").valueProperty().set(new BigDecimal("22"));
        assertEquals(List.of(), vm.gains(), "not computed while hidden");
        vm.gainsActiveProperty().set(true);
        assertFalse(vm.gains().isEmpty());
        String change = vm.changeText(vm.gains().get(0));
        assertTrue(change.startsWith(vm.field("xinyi_domains").spec().label() + " +"), change);
    }
}
