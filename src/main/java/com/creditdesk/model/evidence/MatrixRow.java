package com.creditdesk.model.evidence;

import java.util.List;

/**
 * One indicator or task with requirements: its cells in the order of the matrix's units, and the
 * share of owing units whose evidence is accepted ({@code acceptedPercent}) or at least delivered
 * ({@code deliveredPercent}, submitted or accepted), 0–100, null when no unit owes anything.
 */
public record MatrixRow(Long indicatorId, Long taskId, String path, List<Long> requirementIds, List<MatrixCell> cells,
                        Double acceptedPercent, Double deliveredPercent) {

    public MatrixRow {
        requirementIds = List.copyOf(requirementIds);
        cells = List.copyOf(cells);
    }
}
