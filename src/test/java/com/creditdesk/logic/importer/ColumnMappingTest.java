package com.creditdesk.logic.importer;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.model.importer.ColumnRole;
import com.creditdesk.model.importer.ImportOptions;
import com.creditdesk.model.importer.ImportPreview;
import com.creditdesk.model.importer.ImportedNode;
import com.creditdesk.model.importer.RawTable;
import com.creditdesk.model.importer.SourceDocument;
import com.creditdesk.model.importer.TableKind;
import com.creditdesk.model.importer.WarningType;
import com.creditdesk.model.ledger.NodeKind;
import com.creditdesk.model.ledger.UnitRole;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Column roles chosen by the coordinator replace the recognised ones, and the builders follow them. */
class ColumnMappingTest {

    private static final int DELIVERABLE_COLUMN = 3;
    private static final int RESPONSIBLE_COLUMN = 4;
    private static final int DEADLINE_COLUMN = 5;

    private static ImportPreview preview(ImportOptions options) {
        return new NoticeImporter().preview(Fixtures.path("xingtai-2019-tasks.xlsx"), options);
    }

    private static List<ImportedNode> tasks(List<ImportedNode> nodes) {
        List<ImportedNode> out = new ArrayList<>();
        for (ImportedNode node : nodes) {
            if (node.kind() != NodeKind.SECTION) {
                out.add(node);
            }
            out.addAll(tasks(node.children()));
        }
        return out;
    }

    @Test
    void theDetectedMappingIsTheDefault() {
        ImportPreview plain = preview(ImportOptions.defaults());
        assertEquals(List.of(ColumnRole.SEQ, ColumnRole.TASK, ColumnRole.CONTENT, ColumnRole.DELIVERABLE,
                ColumnRole.RESPONSIBLE, ColumnRole.DEADLINE), plain.tables().get(0).roles());
        assertTrue(tasks(plain.tasks()).stream().filter(t -> t.deadlineText() != null).count() > 10,
                "tasks and milestones carry their 完成时限");
    }

    @Test
    void deadlineColumnReadAsNoteLeavesTasksWithoutDeadline() {
        ImportPreview remapped = preview(ImportOptions.defaults().withColumnRole(0, DEADLINE_COLUMN, ColumnRole.NOTE));
        assertEquals(ColumnRole.NOTE, remapped.tables().get(0).roles().get(DEADLINE_COLUMN));
        List<ImportedNode> tasks = tasks(remapped.tasks());
        assertEquals(tasks(preview(ImportOptions.defaults()).tasks()).size(), tasks.size(), "the same tasks");
        assertTrue(tasks.stream().allMatch(t -> t.deadlineText() == null), "no task or milestone keeps a deadline");
    }

    @Test
    void anotherColumnReadAsDeadlineGivesItsText() {
        List<ImportedNode> plain = tasks(preview(ImportOptions.defaults()).tasks());
        List<ImportedNode> remapped = tasks(preview(ImportOptions.defaults()
                .withColumnRole(0, DEADLINE_COLUMN, ColumnRole.UNKNOWN)
                .withColumnRole(0, DELIVERABLE_COLUMN, ColumnRole.DEADLINE)).tasks());
        assertEquals(plain.size(), remapped.size());
        for (int i = 0; i < plain.size(); i++) {
            assertNull(remapped.get(i).deliverable());
            assertEquals(plain.get(i).deliverable(), remapped.get(i).deadlineText(), "the 成果形式 text is read as the deadline");
        }
        assertTrue(preview(ImportOptions.defaults().withColumnRole(0, DEADLINE_COLUMN, ColumnRole.UNKNOWN)).warnings()
                .stream().noneMatch(w -> w.type() == WarningType.UNKNOWN_HEADER), "a column left out on purpose is not reported");
    }

    @Test
    void anUnknownColumnMappedToDeadlineIsRead() {
        SourceDocument doc = new SourceDocument("台账.txt", List.of(), List.of(), List.of(new RawTable(List.of(), List.of(
                Arrays.asList("序号", "重点任务", "牵头单位", "办结日期"),
                Arrays.asList("1", "制定信用修复办法", "市发展改革委", "6月底前"),
                Arrays.asList("2", "建设信用平台", "市大数据局", "年底前")), List.of())));
        ImportPreview plain = new NoticeImporter().understand(doc, ImportOptions.defaults());
        assertEquals(ColumnRole.UNKNOWN, plain.tables().get(0).roles().get(3));
        assertNull(plain.tasks().get(0).deadlineText());
        assertTrue(plain.warnings().stream().anyMatch(w -> w.type() == WarningType.UNKNOWN_HEADER));

        ImportPreview mapped = new NoticeImporter().understand(doc, ImportOptions.defaults().withColumnRole(0, 3, ColumnRole.DEADLINE));
        assertEquals("6月底前", mapped.tasks().get(0).deadlineText());
        assertEquals("年底前", mapped.tasks().get(1).deadlineText());
        assertTrue(mapped.warnings().stream().noneMatch(w -> w.type() == WarningType.UNKNOWN_HEADER));
    }

    @Test
    void responsibleColumnReadAsLeadMakesEveryUnitLead() {
        ImportedNode plain = tasks(preview(ImportOptions.defaults()).tasks()).get(1);
        ImportedNode remapped = tasks(preview(ImportOptions.defaults()
                .withColumnRole(0, RESPONSIBLE_COLUMN, ColumnRole.LEAD)).tasks()).get(1);
        assertEquals(plain.units().units(), remapped.units().units(), "the same units");
        assertNotEquals(plain.units().namesIn(UnitRole.LEAD), remapped.units().namesIn(UnitRole.LEAD));
        assertEquals(remapped.units().units(), remapped.units().namesIn(UnitRole.LEAD));
    }

    @Test
    void columnsReadAsIndicatorWordsMakeAnIndicatorTableUnlessTheKindIsChosen() {
        ImportOptions points = ImportOptions.defaults().withColumnRole(0, DEADLINE_COLUMN, ColumnRole.POINTS);
        assertEquals(TableKind.INDICATOR_TABLE, preview(points).tables().get(0).kind());
        assertEquals(TableKind.TASK_LEDGER,
                preview(points.withTableKind(0, TableKind.TASK_LEDGER)).tables().get(0).kind());
    }

    @Test
    void aColumnThatDoesNotExistIsRefusedInWords() {
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> preview(ImportOptions.defaults().withColumnRole(0, 6, ColumnRole.NOTE)));
        assertEquals("error.import.noSuchColumn", e.key());
        assertEquals("无法按设定的列映射读取第 1 个表格：该表格只有 6 列，没有第 7 列。请检查列映射中的列号。",
                e.localizedMessage(com.creditdesk.logic.i18n.Messages.of(com.creditdesk.logic.i18n.Messages.CHINESE)));
        UserFacingException table = assertThrows(UserFacingException.class,
                () -> preview(ImportOptions.defaults().withColumnRole(3, 0, ColumnRole.NOTE)));
        assertEquals("error.import.noSuchTable", table.key());
    }

    @Test
    void optionsStayImmutable() {
        ImportOptions base = ImportOptions.defaults();
        ImportOptions one = base.withColumnRole(0, 1, ColumnRole.NOTE);
        ImportOptions two = one.withColumnRole(0, 2, ColumnRole.LEAD).withTableKind(0, TableKind.TASK_LEDGER);
        assertTrue(base.columnRoles().isEmpty());
        assertEquals(1, one.columnRolesFor(0).size());
        assertEquals(2, two.columnRolesFor(0).size());
        assertEquals(ColumnRole.LEAD, two.withSourceFile(null).withFirstUnitIsLead(true).columnRolesFor(0).get(2));
    }
}
