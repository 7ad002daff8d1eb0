package com.creditdesk.model.exchange;

/**
 * A field changed both at the city since the last package and in a newer package from the
 * county. {@code label} names the row for a person (the task's 序号 and title); {@code field}
 * is the column ("status", "progress_note"…) or {@value #DELETED} when the county removed the row.
 */
public record ExchangeConflict(long id, String countyCode, String countyName, long campaignId, String entity,
                               String uuid, String label, String field, String cityValue, String countyValue) {

    public static final String DELETED = "deleted";
}
