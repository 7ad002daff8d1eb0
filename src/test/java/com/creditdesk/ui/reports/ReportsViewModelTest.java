package com.creditdesk.ui.reports;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.deadline.DeadlineService;
import com.creditdesk.logic.demo.ExampleCampaign;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.logic.report.PageLayout;
import com.creditdesk.logic.report.ReportFormat;
import com.creditdesk.logic.report.ReportKind;
import com.creditdesk.logic.report.ReportService;
import com.creditdesk.logic.scoring.ScenarioService;
import com.creditdesk.model.indicator.Scenario;
import com.creditdesk.testutil.TestDatabases;
import com.creditdesk.ui.util.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

@Tag("db")
class ReportsViewModelTest {

    private final Database db = TestDatabases.fresh();
    private final Messages messages = Messages.of(Messages.CHINESE);
    private final ReportsViewModel vm = new ReportsViewModel(
            new ReportService(db.dsl(), new LedgerService(db.dsl(), "t"),
                    new DeadlineService(db.dsl(), "t", DeadlineService.standardBoard()), messages),
            new CurrentThreadTaskExecutor(e -> fail(e)), messages);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void loadsUnitsAndExportsTheChosenReport(@TempDir Path dir) throws Exception {
        new ExampleCampaign(db.dsl(), "t").loadIfFirstStart();
        vm.load();
        assertTrue(vm.unitNames().contains("市发改委"), vm.unitNames().toString());
        vm.kindProperty().set(ReportKind.UNIT_CHECKLIST);
        vm.unitProperty().set("市发改委");
        vm.formatProperty().set(ReportFormat.DOCX);
        vm.todayProperty().set(LocalDate.of(2021, 6, 20));
        assertEquals("催办单-市发改委-2021-06-20.docx", vm.suggestedFileName());
        Path file = dir.resolve(vm.suggestedFileName());
        vm.export(file);
        assertTrue(Files.size(file) > 1000);
        assertEquals("已导出：" + file.toAbsolutePath(), vm.messageProperty().get());
        assertEquals(file.toAbsolutePath(), vm.lastExportedProperty().get());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void scoreSheetOffersTheSystemWithScenariosAndPrintsTwoSideBySide(@TempDir Path dir) throws Exception {
        new ExampleCampaign(db.dsl(), "t").loadIfFirstStart();
        ScenarioService scenarios = new ScenarioService(db.dsl(), "t");
        long campaign = new LedgerService(db.dsl(), "t").campaigns().get(0).id();
        Scenario now = scenarios.createCurrent(campaign, "puyang-2021", "现状");
        scenarios.copy(now.id(), "冲刺");
        vm.load();
        ScoreSheetChoice choice = vm.scoreSheet();
        assertEquals(4, choice.systems().size());
        assertEquals("puyang-2021", choice.systemProperty().get().code(), "the system that has scenarios");
        assertEquals(List.of("现状", "冲刺"), choice.scenarioNames());
        assertEquals("现状", choice.scenarioProperty().get());
        choice.compareWithProperty().set("冲刺");
        vm.kindProperty().set(ReportKind.SCORE_SHEET);
        vm.formatProperty().set(ReportFormat.PDF);
        vm.todayProperty().set(LocalDate.of(2021, 6, 20));
        assertEquals("自评打分表-现状-冲刺-2021-06-20.pdf", vm.suggestedFileName());
        Path file = dir.resolve(vm.suggestedFileName());
        vm.export(file);
        assertTrue(Files.size(file) > 1000, vm.messageProperty().get());
        List<PageLayout> shown = new ArrayList<>();
        vm.preparePreview(shown::addAll);
        assertTrue(shown.size() > 1);
        assertTrue(shown.get(1).texts().stream().anyMatch(t -> t.text().equals("评分标准（摘要）")), "header repeated");
        choice.systemProperty().set(choice.systems().get(0));
        assertEquals(List.of(), choice.scenarioNames(), "another system has no scenarios yet");
        assertEquals(null, choice.scenarioProperty().get());
    }

    @Test
    void anEmptyDatabaseGivesAClearMessage(@TempDir Path dir) {
        vm.load();
        assertTrue(vm.unitNames().isEmpty());
        vm.export(dir.resolve("a.pdf"));
        assertEquals("数据库中还没有创建方案，无法导出报表。请先导入通知或载入示例。", vm.messageProperty().get());
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void previewPagesAreTheLaidOutA4Pages() {
        new ExampleCampaign(db.dsl(), "t").loadIfFirstStart();
        vm.kindProperty().set(ReportKind.LEDGER);
        vm.todayProperty().set(LocalDate.of(2021, 6, 20));
        List<PageLayout> shown = new ArrayList<>();
        vm.preparePreview(shown::addAll);
        assertTrue(shown.size() > 1, "pages: " + shown.size());
        PageLayout first = shown.get(0);
        assertTrue(first.width() > first.height(), "landscape");
        assertTrue(first.texts().stream().anyMatch(t -> t.text().equals("工作台账")));
        assertTrue(shown.get(1).texts().stream().anyMatch(t -> t.text().equals("完成时限")), "header repeated");
        assertTrue(shown.get(1).texts().stream().anyMatch(t -> t.text().equals("第 2 页 共 " + shown.size() + " 页")));
        assertEquals("打印预览：工作台账（共 " + shown.size() + " 页）", vm.previewTitle(shown.size()));
    }
}
