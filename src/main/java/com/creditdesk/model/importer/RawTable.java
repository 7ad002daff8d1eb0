package com.creditdesk.model.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table as read from the file, before any understanding: the paragraphs or rows above it
 * ({@code titleLines}, e.g. 附件 and the table title), a rectangular grid of cell texts where a
 * cell covered by a merge is {@code null} (the merge's text sits in its top-left cell), and the
 * merges. Lines inside a cell are joined with {@code \n}.
 */
public record RawTable(List<String> titleLines, List<List<String>> cells, List<MergedRange> merges) {

    public RawTable {
        titleLines = List.copyOf(titleLines);
        List<List<String>> copy = new ArrayList<>();
        for (List<String> row : cells) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        cells = Collections.unmodifiableList(copy);
        merges = List.copyOf(merges);
    }

    public int rowCount() {
        return cells.size();
    }

    public int columnCount() {
        return cells.isEmpty() ? 0 : cells.get(0).size();
    }

    public String cell(int row, int col) {
        return cells.get(row).get(col);
    }
}
