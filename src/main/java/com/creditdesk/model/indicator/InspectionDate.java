package com.creditdesk.model.indicator;

import java.time.LocalDate;

/**
 * The date the campaign is inspected (评估/验收): the campaign's own inspection date, or else the
 * end of its 创建期 ({@code fromPeriodEnd}); null date when neither is known.
 */
public record InspectionDate(LocalDate date, boolean fromPeriodEnd) {
}
