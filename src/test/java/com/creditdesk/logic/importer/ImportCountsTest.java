package com.creditdesk.logic.importer;

import com.creditdesk.model.importer.ImportOptions;
import com.creditdesk.model.importer.ImportPreview;
import com.creditdesk.model.importer.ImportedIndicator;
import com.creditdesk.model.importer.ImportedNode;
import com.creditdesk.model.importer.IndicatorKind;
import com.creditdesk.model.importer.TableKind;
import com.creditdesk.model.importer.WarningType;
import com.creditdesk.model.ledger.NodeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Counts of sections, tasks, milestones and indicators per fixture, as MANIFEST.md describes them. */
class ImportCountsTest {

    static ImportPreview preview(String fixture) {
        return new NoticeImporter().preview(Fixtures.path(fixture), ImportOptions.defaults());
    }

    static List<ImportedNode> all(List<ImportedNode> nodes, NodeKind kind) {
        List<ImportedNode> found = new ArrayList<>();
        for (ImportedNode node : nodes) {
            if (node.kind() == kind) {
                found.add(node);
            }
            found.addAll(all(node.children(), kind));
        }
        return found;
    }

    static long count(List<ImportedIndicator> indicators, IndicatorKind kind) {
        return indicators.stream().filter(i -> i.kind() == kind).count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xingtai-2019-tasks.docx", "xingtai-2019-tasks.xlsx"})
    void xingtaiTasks(String fixture) {
        ImportPreview preview = preview(fixture);
        assertEquals(TableKind.TASK_LEDGER, preview.tables().get(0).kind());
        assertEquals(4, all(preview.tasks(), NodeKind.SECTION).size());
        List<ImportedNode> tasks = all(preview.tasks(), NodeKind.TASK);
        assertEquals(18, tasks.size());
        assertEquals(5, all(preview.tasks(), NodeKind.MILESTONE).size());
        ImportedNode task10 = tasks.get(9);
        assertEquals("10", task10.seqLabel());
        assertEquals(List.of("2019年10月底前", "2019年11月底前", "2019年底前"),
                task10.children().stream().map(ImportedNode::deadlineText).toList());
        ImportedNode task12 = tasks.get(11);
        assertEquals("12", task12.seqLabel());
        assertEquals(2, task12.children().size());
        assertEquals("市信用体系建设领导小组办公室 各县(市、区)人民政府", task12.children().get(1).unitsText());
        assertEquals(List.of("市信用体系建设领导小组办公室", "各县(市、区)人民政府"), task12.children().get(1).units().units());
        assertEquals("2019年底", task12.children().get(1).deadlineText());
        ImportedNode task17 = tasks.get(16);
        assertTrue(task17.children().isEmpty(), "task 17 is one row with two-line cells");
        assertTrue(task17.deliverable().contains("\n"));
    }

    private static List<Integer> sectionSizes(ImportPreview preview) {
        return all(preview.tasks(), NodeKind.SECTION).stream().map(s -> s.children().size()).toList();
    }

    @Test
    void xingtaiSectionsHoldTheirTasks() {
        assertEquals(List.of(5, 4, 4, 5), sectionSizes(preview("xingtai-2019-tasks.docx")));
        assertEquals(List.of(5, 4, 4, 5), sectionSizes(preview("xingtai-2019-tasks.xlsx")));
    }

    @Test
    void unitDutyListKeepsAndReportsDuplicates() {
        ImportPreview preview = preview("xingtai-2019-unit-duties.xlsx");
        assertEquals(TableKind.UNIT_DUTY_LIST, preview.tables().get(0).kind());
        List<ImportedNode> tasks = all(preview.tasks(), NodeKind.TASK);
        assertEquals(19, tasks.size());
        assertEquals(List.of("市不动产登记中心"), tasks.get(18).units().units());
        assertTrue(tasks.stream().allMatch(t -> "2019年12月底前".equals(t.deadlineText())));
        var duplicates = preview.warnings().stream().filter(w -> w.type() == WarningType.DUPLICATE_ROW).toList();
        assertEquals(2, duplicates.size());
        assertEquals(List.of("19", "18"), duplicates.get(0).args());
        assertEquals(List.of("20", "18"), duplicates.get(1).args());
        assertEquals(5, preview.warnings().stream().filter(w -> w.type() == WarningType.EMPTY_COLUMN_IGNORED).count());
        assertEquals(3, preview.warnings().stream().filter(w -> w.type() == WarningType.UNKNOWN_HEADER).count());
    }

    @Test
    void xingtaiPlanTablesAndBody() {
        ImportPreview preview = preview("xingtai-2021-plan.docx");
        assertEquals(2, preview.tables().size());
        assertEquals(20, all(preview.tasks(), NodeKind.TASK).size());
        assertEquals(44, preview.indicators().size());
        assertEquals(12, count(preview.indicators(), IndicatorKind.VETO));
        assertEquals(2, count(preview.indicators(), IndicatorKind.BONUS));
        assertEquals("第三批社会信用体系建设示范区评选指标任务分解表", preview.tables().get(0).title());
        assertEquals("社会信用体系建设示范城市评审硬指标", preview.tables().get(1).title());
    }

    @Test
    void puyangBasicIndicatorsAreVetoes() {
        ImportPreview preview = preview("puyang-2021-basic.docx");
        assertEquals(12, preview.indicators().size());
        assertEquals(12, count(preview.indicators(), IndicatorKind.VETO));
        ImportedIndicator last = preview.indicators().get(11);
        assertEquals(List.of("市发展改革委"), last.units().lead());
        assertEquals(1, preview.indicators().get(0).evidence().size());
        assertEquals(List.of("等相关部门"), preview.indicators().get(0).units().dropped());
    }

    @Test
    void puyangScored() {
        ImportPreview preview = preview("puyang-2021-scored.xlsx");
        List<ImportedIndicator> indicators = preview.indicators();
        assertEquals(29, indicators.size());
        assertEquals(3, count(indicators, IndicatorKind.BONUS));
        assertEquals(26, count(indicators, IndicatorKind.SCORED));
        assertEquals(new BigDecimal("5"), indicators.get(0).categoryPoints());
        assertNull(indicators.get(0).title(), "一 spans 项目 and 评估内容");
        assertEquals(new BigDecimal("3"), indicators.get(1).points(), "1.（3分） at the start of the rule");
        assertEquals(new BigDecimal("4"), indicators.get(3).points(), "(一)事业单位信用状况(4分)");
        assertEquals(new BigDecimal("5"), indicators.get(26).points(), "(一) 信用立法 (5)");
    }

    @Test
    void quzhouHardIndicators() {
        ImportPreview preview = preview("quzhou-hard-indicators.xlsx");
        assertEquals(20, preview.indicators().size());
        assertEquals(10, count(preview.indicators(), IndicatorKind.VETO));
        assertEquals(10, count(preview.indicators(), IndicatorKind.SCORED));
        assertEquals("社会信用体系建设示范城市创建硬指标任务分解表", preview.tables().get(0).title());
        assertEquals("20", preview.indicators().get(19).seqLabel());
    }

    @Test
    void quzhouAssessment() {
        ImportPreview preview = preview("quzhou-assessment-tasks.docx");
        assertEquals(TableKind.INDICATOR_TABLE, preview.tables().get(0).kind());
        assertEquals(16, preview.indicators().size());
        assertEquals(12, preview.indicators().stream().map(ImportedIndicator::category).distinct().count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zoucheng-2022-duties.xlsx", "zoucheng-2022-duties.xls"})
    void zoucheng(String fixture) {
        List<ImportedIndicator> indicators = preview(fixture).indicators();
        assertEquals(23, indicators.size());
        assertEquals(7, indicators.stream().map(ImportedIndicator::category).distinct().count());
        assertEquals(new BigDecimal("20"), indicators.get(0).categoryPoints());
        assertEquals(List.of("10", "4", "2.4", "4"), indicators.subList(8, 12).stream()
                .map(i -> i.points().toPlainString()).toList());
        assertEquals("扣分事项", indicators.get(7).title());
        assertEquals("国家城市信用监测排名情况", indicators.get(7).category());
    }

    @Test
    void tableKindCanBeOverridden() {
        ImportPreview preview = new NoticeImporter().preview(Fixtures.path("quzhou-assessment-tasks.docx"),
                ImportOptions.defaults().withTableKind(0, TableKind.TASK_LEDGER));
        assertEquals(TableKind.TASK_LEDGER, preview.tables().get(0).kind());
        assertTrue(preview.indicators().isEmpty());
        assertEquals(16, all(preview.tasks(), NodeKind.TASK).size() + all(preview.tasks(), NodeKind.MILESTONE).size()
                - all(preview.tasks(), NodeKind.TASK).stream().filter(t -> !t.children().isEmpty()).count());
    }
}
