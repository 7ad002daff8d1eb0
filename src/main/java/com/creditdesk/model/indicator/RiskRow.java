package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 逾期风险: an indicator with unfinished ledger work that is overdue or due by the inspection.
 * {@code pointsAtStake} is the indicator's max (null for a veto item, whose stake is the whole
 * result); {@code items} are the unfinished links, earliest first.
 */
public record RiskRow(String indicatorId, String code, String title, IndicatorKind kind, BigDecimal pointsAtStake,
                      int overdue, int dueBeforeInspection, LocalDate earliestDue, List<LedgerLink> items) {

    public RiskRow {
        items = List.copyOf(items);
    }

    public boolean veto() {
        return kind == IndicatorKind.VETO;
    }
}
