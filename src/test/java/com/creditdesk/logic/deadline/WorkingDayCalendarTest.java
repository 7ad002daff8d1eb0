package com.creditdesk.logic.deadline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDayCalendarTest {

    private static WorkingDayCalendar calendar;

    @BeforeAll
    static void load() {
        calendar = WorkingDayCalendar.loadBundled();
    }

    @ParameterizedTest(name = "{0}: {1} working days")
    @CsvSource({"2019, 250", "2020, 249", "2021, 250", "2022, 249", "2023, 249", "2024, 251", "2025, 248", "2026, 248"})
    void workingDaysPerYear(int year, int expected) {
        assertEquals(expected, calendar.countWorkingDays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    @Test
    void adjustedSundaysAreWorkingDays() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2024, 2, 4)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 1, 26)));
    }

    @Test
    void springFestival2025IsOff() {
        for (LocalDate d = LocalDate.of(2025, 1, 28); !d.isAfter(LocalDate.of(2025, 2, 4)); d = d.plusDays(1)) {
            assertFalse(calendar.isWorkingDay(d), d.toString());
        }
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 2, 5)));
    }

    @Test
    void previousDecemberInNextYearsFileIsRead() {
        // 2022-12-31 (Saturday) is listed in 2023.json only, as a day off; 2018-12-29 (Saturday) in 2019.json as a working day.
        assertFalse(calendar.isWorkingDay(LocalDate.of(2022, 12, 31)));
        assertTrue(calendar.covers(LocalDate.of(2019, 1, 1)));
    }

    @Test
    void covid2020ExtensionIsApplied() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2020, 1, 31)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2020, 2, 1)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2020, 2, 3)));
    }

    @Test
    void addWorkingDaysSkipsHolidaysAndCountsAdjustedWeekends() {
        // Friday 2025-01-24 + 1 → Sunday 2025-01-26 (补班); + 2 → Monday 01-27; + 3 → Wednesday 02-05 after the holiday.
        assertEquals(LocalDate.of(2025, 1, 26), calendar.addWorkingDays(LocalDate.of(2025, 1, 24), 1));
        assertEquals(LocalDate.of(2025, 1, 27), calendar.addWorkingDays(LocalDate.of(2025, 1, 24), 2));
        assertEquals(LocalDate.of(2025, 2, 5), calendar.addWorkingDays(LocalDate.of(2025, 1, 24), 3));
        assertEquals(LocalDate.of(2021, 3, 12), calendar.addWorkingDays(LocalDate.of(2021, 3, 5), 5));
        assertEquals(LocalDate.of(2021, 3, 5), calendar.addWorkingDays(LocalDate.of(2021, 3, 5), 0));
        assertEquals(LocalDate.of(2021, 3, 4), calendar.addWorkingDays(LocalDate.of(2021, 3, 5), -1));
    }

    @Test
    void refusesBeyondCoverage() {
        assertEquals(LocalDate.of(2026, 12, 31), calendar.lastCoveredDay());
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 12, 31)));
        assertThrows(WorkingDayCalendar.BeyondCalendarException.class,
                () -> calendar.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertThrows(WorkingDayCalendar.BeyondCalendarException.class,
                () -> calendar.addWorkingDays(LocalDate.of(2026, 12, 28), 10));
        assertFalse(calendar.covers(LocalDate.of(2018, 12, 31)));
    }
}
