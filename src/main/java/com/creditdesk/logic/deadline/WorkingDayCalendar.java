package com.creditdesk.logic.deadline;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.model.deadline.DeadlineNote;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The official working-day calendar of mainland China: weekends off, public holidays off and the
 * adjusted working weekends (调休/补班) on. Data: holiday-cn (MIT), one JSON file per State Council
 * notice, bundled under {@code holidays/}. Outside the years it has data for, the calendar refuses
 * to answer ({@link BeyondCalendarException}) rather than pretend every weekday is a working day.
 */
public final class WorkingDayCalendar {

    private static final String RESOURCE_DIR = "holidays/";

    private final Map<LocalDate, Boolean> offDays;
    private final LocalDate firstCoveredDay;
    private final LocalDate lastCoveredDay;

    /** @param offDays listed dates → isOffDay; years firstYear..lastYear are covered. */
    public WorkingDayCalendar(Map<LocalDate, Boolean> offDays, int firstYear, int lastYear) {
        this.offDays = Map.copyOf(offDays);
        this.firstCoveredDay = LocalDate.of(firstYear, 1, 1);
        this.lastCoveredDay = LocalDate.of(lastYear, 12, 31);
    }

    /** Reads the bundled files named in {@code holidays/index.txt} (a jar's folders cannot be listed). */
    public static WorkingDayCalendar loadBundled() {
        ObjectMapper mapper = new ObjectMapper();
        Map<LocalDate, Boolean> offDays = new HashMap<>();
        int firstYear = Integer.MAX_VALUE;
        int lastYear = Integer.MIN_VALUE;
        for (String file : readIndex()) {
            try (InputStream in = open(RESOURCE_DIR + file)) {
                JsonNode root = mapper.readTree(in);
                int year = root.path("year").asInt();
                firstYear = Math.min(firstYear, year);
                lastYear = Math.max(lastYear, year);
                // A file may list days of the previous December: every file goes into one map.
                for (JsonNode day : root.path("days")) {
                    offDays.put(LocalDate.parse(day.path("date").asText()), day.path("isOffDay").asBoolean());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("holiday file " + file, e);
            }
        }
        if (offDays.isEmpty()) {
            throw new IllegalStateException("no holiday data in " + RESOURCE_DIR);
        }
        return new WorkingDayCalendar(offDays, firstYear, lastYear);
    }

    private static List<String> readIndex() {
        try (InputStream in = open(RESOURCE_DIR + "index.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("holiday index", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = WorkingDayCalendar.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return in;
    }

    public LocalDate firstCoveredDay() {
        return firstCoveredDay;
    }

    /** The last day the official schedule is known for (31 December of the newest year). */
    public LocalDate lastCoveredDay() {
        return lastCoveredDay;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstCoveredDay) && !date.isAfter(lastCoveredDay);
    }

    /** @throws BeyondCalendarException when the date lies outside the covered years */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!covers(date)) {
            throw new BeyondCalendarException(date, firstCoveredDay, lastCoveredDay);
        }
        Boolean off = offDays.get(date);
        if (off != null) {
            return !off;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The n-th working day after start (start itself not counted; n = 0 gives start, a negative n
     * counts backwards).
     *
     * @throws BeyondCalendarException when the count runs outside the covered years
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        int step = n >= 0 ? 1 : -1;
        int remaining = Math.abs(n);
        LocalDate day = start;
        while (remaining > 0) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /** Working days in from..to, both inclusive. */
    public int countWorkingDays(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Asked about a day the bundled schedule does not cover; its message is the BEYOND_CALENDAR note. */
    public static final class BeyondCalendarException extends UserFacingException {

        private final transient LocalDate date;

        public BeyondCalendarException(LocalDate date, LocalDate first, LocalDate last) {
            super(DeadlineNote.BEYOND_CALENDAR.key(), date, first, last);
            this.date = date;
        }

        public LocalDate date() {
            return date;
        }
    }
}
