package com.creditdesk.model.evidence;

import java.util.List;

/** Indicators/tasks (rows) × units (columns), each cell the state of what the unit owes there. */
public record CompletenessMatrix(long campaignId, List<MatrixColumn> columns, List<MatrixRow> rows) {

    public CompletenessMatrix {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
