package com.creditdesk.model.importer;

/**
 * Where an imported item came from: a table ({@code tableIndex} 0-based, {@code row} 0-based over
 * the table's output rows, header = 0) or the body text ({@code tableIndex} = -1, {@code row} =
 * 0-based index of the body paragraph).
 */
public record SourceRef(int tableIndex, int row) {

    public static SourceRef body(int paragraph) {
        return new SourceRef(-1, paragraph);
    }

    public boolean inBody() {
        return tableIndex < 0;
    }
}
