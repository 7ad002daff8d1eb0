package com.creditdesk.logic.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What to export: the report, the campaign (null: the first one), the unit (null: all units; the
 * name or an alias as in the unit registry) and the day the report is "as of". The 自评打分表 also
 * names an indicator system by its code and up to two of its scenarios by name (none: a blank form
 * to fill in by hand; two: side by side with the difference).
 */
public record ReportRequest(ReportKind kind, Long campaignId, String unitName, LocalDate today,
                           String systemCode, List<String> scenarioNames) {

    public ReportRequest {
        scenarioNames = scenarioNames == null ? List.of()
                : scenarioNames.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
    }

    public ReportRequest(ReportKind kind, Long campaignId, String unitName, LocalDate today) {
        this(kind, campaignId, unitName, today, null, List.of());
    }

    /** A 自评打分表 request for one system and its scenarios. */
    public static ReportRequest scoreSheet(Long campaignId, LocalDate today, String systemCode, List<String> scenarioNames) {
        return new ReportRequest(ReportKind.SCORE_SHEET, campaignId, null, today, systemCode, scenarioNames);
    }
}
