package com.creditdesk.model.evidence;

/** One cell of the completeness matrix; {@code requirementId} is the first requirement to open (null if not owed). */
public record MatrixCell(long unitId, CellState state, Long requirementId) {
}
