package com.creditdesk.logic.scoring;

import com.creditdesk.model.indicator.Indicator;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.LedgerLink;
import com.creditdesk.model.indicator.RiskRow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 逾期风险: the indicators whose unfinished tasks or evidence are overdue (due before today) or
 * due by the inspection date (null: only overdue work counts), with the points at stake. Veto
 * items come first (they put the whole result at stake), then by points, then by earliest date.
 * Work without a due date is not a deadline risk and is left out.
 */
public final class OverdueRisks {

    private OverdueRisks() {
    }

    public static List<RiskRow> compute(IndicatorSystem system, List<LedgerLink> links, LocalDate today,
                                        LocalDate inspection) {
        Map<String, List<LedgerLink>> late = new HashMap<>();
        for (LedgerLink link : links) {
            if (!link.done() && link.due() != null
                    && (link.due().isBefore(today) || (inspection != null && !link.due().isAfter(inspection)))) {
                late.computeIfAbsent(link.indicatorId(), id -> new ArrayList<>()).add(link);
            }
        }
        List<RiskRow> rows = new ArrayList<>();
        for (Indicator indicator : system.indicators()) {
            List<LedgerLink> items = late.get(indicator.id());
            if (items == null) {
                continue;
            }
            items.sort(Comparator.comparing(LedgerLink::due).thenComparing(LedgerLink::id));
            int overdue = (int) items.stream().filter(l -> l.due().isBefore(today)).count();
            rows.add(new RiskRow(indicator.id(), indicator.code(), indicator.title(), indicator.kind(),
                    indicator.isVeto() ? null : indicator.maxPoints(), overdue, items.size() - overdue,
                    items.get(0).due(), items));
        }
        rows.sort(Comparator.comparing((RiskRow r) -> !r.veto())
                .thenComparing(r -> r.pointsAtStake() == null ? BigDecimal.ZERO : r.pointsAtStake(), Comparator.reverseOrder())
                .thenComparing(RiskRow::earliestDue));
        return rows;
    }
}
