package com.creditdesk.model.importer;

import java.util.List;

/** A merged block of a table, 0-based and inclusive: [firstRow, firstCol, lastRow, lastCol]. */
public record MergedRange(int firstRow, int firstCol, int lastRow, int lastCol) {

    public boolean contains(int row, int col) {
        return row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol;
    }

    public MergedRange shiftRows(int delta) {
        return new MergedRange(firstRow + delta, firstCol, lastRow + delta, lastCol);
    }

    public List<Integer> asList() {
        return List.of(firstRow, firstCol, lastRow, lastCol);
    }
}
