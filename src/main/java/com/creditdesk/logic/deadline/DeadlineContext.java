package com.creditdesk.logic.deadline;

import java.time.LocalDate;

/**
 * What a deadline text is read against: the plan's issue date (its year fills missing years and
 * delays without an event count from it), the campaign period for 创建期内/创建期末 (both
 * nullable when unknown) and the working-day calendar.
 */
public record DeadlineContext(LocalDate reference, LocalDate campaignStart, LocalDate campaignEnd,
                              WorkingDayCalendar calendar) {

    public static DeadlineContext of(LocalDate reference, WorkingDayCalendar calendar) {
        return new DeadlineContext(reference, null, null, calendar);
    }
}
