package com.creditdesk.logic.importer;

import com.creditdesk.model.importer.ImportPreview;
import com.creditdesk.model.importer.ImportedNode;
import com.creditdesk.model.ledger.NodeKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** xingtai-2021-plan.docx: the 20 body tasks （一）…（二十） with their inline responsibility. */
class BodyTasksTest {

    private static ImportPreview preview;
    private static List<ImportedNode> tasks;

    @BeforeAll
    static void read() {
        preview = ImportCountsTest.preview("xingtai-2021-plan.docx");
        tasks = ImportCountsTest.all(preview.tasks(), NodeKind.TASK);
    }

    @Test
    void twentyTasksUnderTheTaskChapters() {
        assertEquals(20, tasks.size());
        List<ImportedNode> sections = ImportCountsTest.all(preview.tasks(), NodeKind.SECTION);
        assertEquals(List.of("三、主要任务", "四、加强组织保障实施"), sections.stream().map(ImportedNode::title).toList());
        assertEquals("（一）", tasks.get(0).seqLabel());
        assertEquals("（二十）", tasks.get(19).seqLabel());
        assertEquals("三、", sections.get(0).seqLabel());
        assertEquals("（一）制定邢台市社会信用促进条例", tasks.get(0).title());
        assertTrue(tasks.stream().noneMatch(t -> t.title().contains("指导思想")));
    }

    @Test
    void simpleParenthesis() {
        ImportedNode first = tasks.get(0);
        assertEquals("责任单位：市行政审批局、市人行、市司法局", first.unitsText());
        assertEquals("6 月底前", first.deadlineText());
        assertEquals(List.of("市行政审批局", "市人行", "市司法局"), first.units().units());
        assertEquals("3 月底前", tasks.get(1).deadlineText());
    }

    @Test
    void severalParenthesesBecomeMilestones() {
        ImportedNode third = tasks.get(2);
        assertEquals(4, third.children().size(), "one mid-sentence + three paragraph-end parentheses");
        assertEquals("责任单位：各单位", third.children().get(0).unitsText());
        assertEquals("持续推进", third.children().get(0).deadlineText());
        assertTrue(third.children().get(0).deliverable().startsWith("一是编制信用信息基础目录"));
        assertTrue(third.children().get(1).deliverable().startsWith("二是拓展信用信息归集"));
        assertEquals(List.of("市行政审批局", "市工商联"), third.children().get(3).units().lead());
        assertEquals("持续推进", third.deadlineText());
        assertEquals(2, tasks.get(6).children().size(), "（七）");
    }

    @Test
    void variants() {
        assertNull(tasks.get(3).deadlineText(), "（四） has no 完成时限");
        assertEquals(List.of("市县编办", "市场局", "民政局", "农业农村局", "民宗局", "行政审批局"), tasks.get(3).units().units());
        ImportedNode sixth = tasks.get(5);
        assertEquals("责任单位：市银保监分局、市发改委、市财政局、市金融局、市行政审批局、市工信局等", sixth.unitsText());
        assertEquals("持续推进", sixth.deadlineText());
        assertEquals(List.of("等"), sixth.units().dropped());
        ImportedNode eighth = tasks.get(7);
        assertEquals("责任单位：市有关单位，各县市区政府", eighth.unitsText(), "； before 完成时限");
        assertEquals("持续推进", eighth.deadlineText());
        ImportedNode fourteenth = tasks.get(13);
        assertEquals(List.of("市文明办"), fourteenth.units().lead());
        assertTrue(fourteenth.units().units().containsAll(List.of("市应急管理局", "市市场监管局")),
                "unit-only parentheses after the main one");
    }

    @Test
    void tasksWithoutResponsibility() {
        for (ImportedNode task : tasks.subList(15, 20)) {
            assertNull(task.unitsText());
            assertNull(task.deadlineText());
            assertTrue(task.units().units().isEmpty());
        }
        assertTrue(tasks.get(19).content().startsWith("进一步完善信用信息共享和信用应用平台"));
    }
}
