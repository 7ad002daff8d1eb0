package com.creditdesk.model.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A repeating due date: every period of {@code cadence}, on {@code day} of the
 * {@code monthInPeriod}-th month of the period. A null month means the period's last month and
 * a null day its last day, so 每季度 is due at each quarter end and 每月25日前 on every 25th.
 * Periods are aligned on the calendar year (quarters end in Mar/Jun/Sep/Dec).
 */
public record Recurrence(Cadence cadence, Integer day, Integer monthInPeriod) {

    public Recurrence {
        Objects.requireNonNull(cadence, "cadence");
        if (monthInPeriod != null && (monthInPeriod < 1 || monthInPeriod > cadence.months())) {
            throw new IllegalArgumentException("monthInPeriod " + monthInPeriod + " outside " + cadence);
        }
        if (day != null && (day < 1 || day > 31)) {
            throw new IllegalArgumentException("day " + day);
        }
    }

    /** Every due date that falls within start..end (both inclusive), in order. */
    public List<LocalDate> occurrences(LocalDate start, LocalDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        List<LocalDate> dates = new ArrayList<>();
        int length = cadence.months();
        int month = monthInPeriod == null ? length : monthInPeriod;
        YearMonth periodStart = YearMonth.of(start.getYear(), 1);
        while (!periodStart.plusMonths(month - 1L).isAfter(YearMonth.from(end))) {
            YearMonth dueMonth = periodStart.plusMonths(month - 1L);
            LocalDate due = day == null ? dueMonth.atEndOfMonth()
                    : dueMonth.atDay(Math.min(day, dueMonth.lengthOfMonth()));
            if (!due.isBefore(start) && !due.isAfter(end)) {
                dates.add(due);
            }
            periodStart = periodStart.plusMonths(length);
        }
        return dates;
    }
}
