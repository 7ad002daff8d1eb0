package com.creditdesk.logic.importer;

import com.creditdesk.model.importer.ClassifiedTable;
import com.creditdesk.model.importer.ColumnRole;
import com.creditdesk.model.importer.ImportOptions;
import com.creditdesk.model.importer.ImportWarning;
import com.creditdesk.model.importer.MergedRange;
import com.creditdesk.model.importer.RawTable;
import com.creditdesk.model.importer.RowKind;
import com.creditdesk.model.importer.TableKind;
import com.creditdesk.model.importer.WarningType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableClassifierTest {

    private final List<ImportWarning> warnings = new ArrayList<>();

    private ClassifiedTable classify(List<List<String>> cells, List<MergedRange> merges) {
        return new TableClassifier().classify(0, new RawTable(List.of(), cells, merges), ImportOptions.defaults(), warnings);
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void titleRowsHeaderSectionsAndRepeats() {
        ClassifiedTable table = classify(List.of(
                row("附件", null, null, null),
                row("某市信用建设任务台账", null, null, null),
                row("序号", "重点任务", "牵头单位", "时间节点"),
                row("一、制度建设", "", "", ""),
                row("1", "制定办法", "市发展改革委", "6月底前"),
                row("序号", "重点任务", "牵头单位", "时间节点"),
                row("2", "建设平台", "市大数据局", "年底前")),
                List.of(new MergedRange(0, 0, 0, 3), new MergedRange(1, 0, 1, 3)));
        assertEquals(List.of(RowKind.HEAD, RowKind.SECT, RowKind.DATA, RowKind.REPHEAD, RowKind.DATA), table.kinds());
        assertEquals("某市信用建设任务台账", table.title());
        assertEquals(2, table.firstRow());
        assertEquals(List.of(ColumnRole.SEQ, ColumnRole.TASK, ColumnRole.LEAD, ColumnRole.DEADLINE), table.roles());
        assertEquals(TableKind.TASK_LEDGER, table.kind());
        assertTrue(table.merges().isEmpty(), "title merges lie above the header");
    }

    @Test
    void twoRowHeader() {
        ClassifiedTable table = classify(List.of(
                row("序号", "工作任务", "责任单位", null),
                row(null, null, "牵头单位", "配合单位"),
                row("1", "建设平台", "市信用办", "市财政局")),
                List.of(new MergedRange(0, 0, 1, 0), new MergedRange(0, 1, 1, 1), new MergedRange(0, 2, 0, 3)));
        assertEquals(List.of(RowKind.HEAD, RowKind.HEAD, RowKind.DATA), table.kinds());
        assertEquals(List.of(ColumnRole.SEQ, ColumnRole.TASK, ColumnRole.LEAD, ColumnRole.COOPERATING), table.roles());
    }

    @Test
    void mergeCrossingASectionIsReported() {
        classify(List.of(
                row("序号", "主要任务", "责任单位"),
                row("1", "甲", "市信用办"),
                row("二、应用", "", ""),
                row("2", "乙", null)),
                List.of(new MergedRange(1, 2, 3, 2)));
        assertTrue(warnings.stream().anyMatch(w -> w.type() == WarningType.MERGE_CROSSES_SECTION));
    }

    @Test
    void noHeaderIsReported() {
        ClassifiedTable table = classify(List.of(row("甲", "乙"), row("丙", "丁")), List.of());
        assertEquals(WarningType.NO_HEADER_FOUND, warnings.get(0).type());
        assertEquals(2, table.cells().size());
    }

    @Test
    void kindsFromColumns() {
        assertEquals(TableKind.UNIT_DUTY_LIST, TableClassifier.guessKind(
                List.of(ColumnRole.RESPONSIBLE, ColumnRole.TASK, ColumnRole.DEADLINE), List.of("责任单位", "主要任务", "完成时限")));
        assertEquals(TableKind.INDICATOR_TABLE, TableClassifier.guessKind(
                List.of(ColumnRole.SEQ, ColumnRole.TASK, ColumnRole.RESPONSIBLE), List.of("序号", "评审硬指标", "责任单位")));
        assertEquals(TableKind.TASK_LEDGER, TableClassifier.guessKind(
                List.of(ColumnRole.SEQ, ColumnRole.TASK, ColumnRole.RESPONSIBLE), List.of("序号", "推进举措", "责任单位")));
    }
}
