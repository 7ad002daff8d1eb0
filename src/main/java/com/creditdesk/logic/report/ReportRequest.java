package com.creditdesk.logic.report;

import java.time.LocalDate;

/**
 * What to export: the report, the campaign (null: the first one), the unit (null: all units; the
 * name or an alias as in the unit registry) and the day the report is "as of".
 */
public record ReportRequest(ReportKind kind, Long campaignId, String unitName, LocalDate today) {
}
