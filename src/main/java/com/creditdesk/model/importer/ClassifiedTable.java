package com.creditdesk.model.importer;

import java.util.List;

/**
 * A table understood: its rows from the first header row on ({@code cells}, {@code merges} and
 * {@code kinds} are over those rows), the role of each column and the kind of table.
 * {@code firstRow} is the index in the {@link RawTable} of the first header row.
 */
public record ClassifiedTable(int index, String title, List<String> titleLines, TableKind kind,
                              List<List<String>> cells, List<MergedRange> merges, List<RowKind> kinds,
                              List<ColumnRole> roles, List<String> headers, int firstRow) {

    public ClassifiedTable {
        titleLines = List.copyOf(titleLines);
        merges = List.copyOf(merges);
        kinds = List.copyOf(kinds);
        roles = List.copyOf(roles);
        headers = List.copyOf(headers);
    }

    public int columnOf(ColumnRole role) {
        return roles.indexOf(role);
    }

    public ClassifiedTable withKind(TableKind newKind) {
        return new ClassifiedTable(index, title, titleLines, newKind, cells, merges, kinds, roles, headers, firstRow);
    }
}
