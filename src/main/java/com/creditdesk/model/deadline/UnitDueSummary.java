package com.creditdesk.model.deadline;

/** Per unit: how many of its deadline items are overdue, due within 7 days, and done — whom to chase. */
public record UnitDueSummary(String unit, int overdue, int dueSoon, int done, int total) {
}
