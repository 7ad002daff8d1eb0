package com.creditdesk.logic.importer;

import com.creditdesk.logic.units.UnitCellSplitter;
import com.creditdesk.model.importer.ClassifiedTable;
import com.creditdesk.model.importer.ColumnRole;
import com.creditdesk.model.importer.ImportWarning;
import com.creditdesk.model.importer.MergedRange;
import com.creditdesk.model.importer.RowKind;
import com.creditdesk.model.importer.SourceRef;
import com.creditdesk.model.importer.UnitSplit;
import com.creditdesk.model.importer.WarningType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Cell access shared by the task and indicator builders: merge-aware values, units, duplicates. */
final class TableReading {

    private final ClassifiedTable table;
    private final UnitCellSplitter splitter;
    private final List<ImportWarning> warnings;

    TableReading(ClassifiedTable table, UnitCellSplitter splitter, List<ImportWarning> warnings) {
        this.table = table;
        this.splitter = splitter;
        this.warnings = warnings;
    }

    ClassifiedTable table() {
        return table;
    }

    /**
     * The text of a column in a row: its own cell, or the text of a merge coming down the same
     * column; null for a cell covered by a merge from another column or when the role is absent.
     */
    String value(int row, ColumnRole role) {
        return value(row, table.columnOf(role));
    }

    String value(int row, int col) {
        if (col < 0) {
            return null;
        }
        String text = table.cells().get(row).get(col);
        if (text != null) {
            return text;
        }
        MergedRange merge = mergeAt(row, col);
        if (merge != null && merge.firstCol() == col) {
            return table.cells().get(merge.firstRow()).get(col);
        }
        return null;
    }

    MergedRange mergeAt(int row, int col) {
        for (MergedRange merge : table.merges()) {
            if (merge.contains(row, col)) {
                return merge;
            }
        }
        return null;
    }

    /** Texts of every column with this role in the row, non-empty, joined by line breaks. */
    String joined(int row, ColumnRole role) {
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < table.roles().size(); c++) {
            String text = table.roles().get(c) == role ? value(row, c) : null;
            if (text != null && !text.isBlank()) {
                parts.add(text);
            }
        }
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

    /** The 责任单位 text of a row (verbatim) split together with separate 牵头单位/配合单位 columns. */
    UnitSplit units(int row, String responsibleText) {
        String lead = joined(row, ColumnRole.LEAD);
        String cooperating = joined(row, ColumnRole.COOPERATING);
        StringBuilder labelled = new StringBuilder();
        if (lead != null) {
            labelled.append("牵头单位：").append(lead).append('；');
        }
        if (responsibleText != null) {
            labelled.append(lead != null || cooperating != null ? "责任单位：" : "").append(responsibleText);
        }
        if (cooperating != null) {
            labelled.append("；配合单位：").append(cooperating);
        }
        UnitSplit split = splitter.split(labelled.toString());
        if (split.unsplittable()) {
            warnings.add(ImportWarning.of(WarningType.UNSPLITTABLE_UNITS, new SourceRef(table.index(), row), labelled));
        }
        String verbatim = responsibleText != null ? responsibleText : lead;
        return new UnitSplit(verbatim, split.units(), split.lead(), split.dropped(), split.entries(), split.unsplittable());
    }

    boolean isData(int row) {
        return table.kinds().get(row) == RowKind.DATA && table.cells().get(row).stream().anyMatch(c -> c != null && !c.isBlank());
    }

    /** Reports data rows identical to an earlier one; they are kept, the coordinator decides. */
    void reportDuplicates() {
        Map<List<String>, Integer> seen = new HashMap<>();
        for (int r = 0; r < table.cells().size(); r++) {
            if (!isData(r)) {
                continue;
            }
            List<String> key = table.cells().get(r).stream().map(HeaderVocabulary::normalise).toList();
            Integer first = seen.putIfAbsent(key, r);
            if (first != null) {
                warnings.add(ImportWarning.of(WarningType.DUPLICATE_ROW, new SourceRef(table.index(), r), r + 1, first + 1));
            }
        }
    }
}
