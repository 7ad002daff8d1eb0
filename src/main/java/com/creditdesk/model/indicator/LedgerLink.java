package com.creditdesk.model.indicator;

import java.time.LocalDate;

/**
 * One piece of ledger work tied to an indicator (by its row id): an evidence requirement
 * (佐证材料; done = an item of it was accepted) or a task named on such a requirement (done = 已完成).
 * {@code due} is the effective due date (the coordinator's override first), null if none.
 */
public record LedgerLink(String indicatorId, Kind kind, long id, String text, LocalDate due, boolean done) {

    public enum Kind {
        EVIDENCE, TASK
    }
}
