package com.creditdesk.model.evidence;

/** A unit column of the completeness matrix, with its accepted / delivered share of owed cells (0–100). */
public record MatrixColumn(long unitId, String unitName, Double acceptedPercent, Double deliveredPercent) {
}
