package com.creditdesk.logic.importer;

import com.creditdesk.model.importer.MergedRange;
import com.creditdesk.model.importer.RawTable;

import java.util.ArrayList;
import java.util.List;

/** Collects cells and merges of a table whose rows may be ragged, then squares it off. */
final class GridBuilder {

    private final List<List<String>> rows = new ArrayList<>();
    private final List<MergedRange> merges = new ArrayList<>();

    void set(int row, int col, String text) {
        while (rows.size() <= row) {
            rows.add(new ArrayList<>());
        }
        List<String> cells = rows.get(row);
        while (cells.size() <= col) {
            cells.add("");
        }
        cells.set(col, text);
    }

    void merge(MergedRange range) {
        if (range.lastRow() > range.firstRow() || range.lastCol() > range.firstCol()) {
            merges.add(range);
        }
    }

    int rowCount() {
        return rows.size();
    }

    /** Pads every row to the widest, marks cells covered by merges with null, drops trailing empty rows. */
    RawTable build(List<String> titleLines) {
        int width = 0;
        for (List<String> row : rows) {
            width = Math.max(width, lastNonEmpty(row) + 1);
        }
        for (MergedRange merge : merges) {
            width = Math.max(width, merge.lastCol() + 1);
        }
        int height = rows.size();
        while (height > 0 && lastNonEmpty(rows.get(height - 1)) < 0 && !mergeTouches(height - 1)) {
            height--;
        }
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            List<String> row = new ArrayList<>(rows.get(r));
            while (row.size() < width) {
                row.add("");
            }
            grid.add(new ArrayList<>(row.subList(0, width)));
        }
        List<MergedRange> kept = new ArrayList<>();
        for (MergedRange merge : merges) {
            if (merge.firstRow() >= height || merge.firstCol() >= width) {
                continue;
            }
            MergedRange clipped = new MergedRange(merge.firstRow(), merge.firstCol(),
                    Math.min(merge.lastRow(), height - 1), Math.min(merge.lastCol(), width - 1));
            for (int r = clipped.firstRow(); r <= clipped.lastRow(); r++) {
                for (int c = clipped.firstCol(); c <= clipped.lastCol(); c++) {
                    if (r != clipped.firstRow() || c != clipped.firstCol()) {
                        grid.get(r).set(c, null);
                    }
                }
            }
            kept.add(clipped);
        }
        kept.sort((a, b) -> a.firstRow() != b.firstRow() ? Integer.compare(a.firstRow(), b.firstRow())
                : Integer.compare(a.firstCol(), b.firstCol()));
        return new RawTable(titleLines, grid, kept);
    }

    private boolean mergeTouches(int row) {
        return merges.stream().anyMatch(m -> m.firstRow() <= row && m.lastRow() >= row);
    }

    private static int lastNonEmpty(List<String> row) {
        for (int i = row.size() - 1; i >= 0; i--) {
            if (row.get(i) != null && !row.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
