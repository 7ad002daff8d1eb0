package com.creditdesk.ui.score;

import java.util.List;

/** One row of the scenario comparison: an indicator (or the total) and its score per scenario. */
public record ComparisonRow(String label, List<String> cells, boolean differs) {

    public ComparisonRow {
        cells = List.copyOf(cells);
    }
}
