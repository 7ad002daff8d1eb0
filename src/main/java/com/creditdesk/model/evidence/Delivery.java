package com.creditdesk.model.evidence;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Facts about one delivery of files: who brought them, when they were received, the date they
 * prove (e.g. a regulation's issue date, separate from the upload) and a note. Any may be null;
 * a null {@code receivedAt} means now.
 */
public record Delivery(String deliveredBy, LocalDateTime receivedAt, LocalDate effectiveDate, String note) {

    public static Delivery none() {
        return new Delivery(null, null, null, null);
    }
}
