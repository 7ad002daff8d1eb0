package com.creditdesk.logic.deadline;

import com.creditdesk.model.deadline.DeadlineNote;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Turns a calendar token into the days it covers. Missing years come from the previous
 * expression of the same text, else from the issue date; X月底 is the month's last day, 年底 is
 * 12-31, 上半年 ends 06-30, 第三季度 is 07-01..09-30, 上旬/中旬/下旬 are days 1–10/11–20/21–end.
 */
final class CalendarSpans {

    /** The days covered; point = a single day named (X月底, 6月1日) rather than a period. */
    record Span(LocalDate start, LocalDate due, boolean point, int year, int month,
                boolean yearFromIssueDate, DeadlineNote note) {
    }

    /** A token that names no real date (13月, 2月30日) or cannot be placed in time. */
    static final class Unreadable extends Exception {
        private final transient DeadlineNote note;

        Unreadable(DeadlineNote note) {
            super(note.name(), null, false, false);
            this.note = note;
        }

        DeadlineNote note() {
            return note;
        }
    }

    /** Part given to 即日/印发之日: the issue date itself. */
    static final String ISSUE_DAY = "即日";

    private CalendarSpans() {
    }

    /**
     * @param previousYear  year of the previous expression in the text, or null
     * @param previousMonth month of the previous expression in the text, or null
     */
    static Span resolve(DeadlineToken.Calendar t, Integer previousYear, Integer previousMonth,
                        LocalDate reference) throws Unreadable {
        if (ISSUE_DAY.equals(t.part())) {
            LocalDate day = require(reference);
            return new Span(day, day, true, day.getYear(), day.getMonthValue(), false, null);
        }
        boolean fromIssueDate = false;
        Integer year = t.year();
        boolean nextMonth = t.monthWord() != null && (t.monthWord().startsWith("下") || t.monthWord().startsWith("次"));
        if (year == null && nextMonth) {
            year = YearMonth.from(require(reference)).plusMonths(1).getYear();
        } else if (year == null && t.yearWord() != null && !t.yearWord().endsWith("当年") && !t.yearWord().equals("年")) {
            boolean next = !t.yearWord().startsWith("今") && !t.yearWord().startsWith("本");
            year = require(reference).getYear() + (next ? 1 : 0);
        } else if (year == null && previousYear != null) {
            year = previousYear;
        } else if (year == null) {
            year = require(reference).getYear();
            fromIssueDate = true;
        }
        Integer month = t.month();
        String part = t.part();
        boolean tenDays = part != null && part.endsWith("旬");
        if (month == null && (t.monthWord() != null || t.day() != null || tenDays)) {
            month = t.monthWord() == null && previousMonth != null ? previousMonth
                    : YearMonth.from(require(reference)).plusMonths(nextMonth ? 1 : 0).getMonthValue();
            fromIssueDate |= t.monthWord() != null || previousMonth == null;
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new Unreadable(DeadlineNote.INVALID_DATE);
        }
        if (t.day() != null) {
            if (!YearMonth.of(year, month).isValidDay(t.day())) {
                throw new Unreadable(DeadlineNote.INVALID_DATE);
            }
            LocalDate day = LocalDate.of(year, month, t.day());
            return new Span(day, day, true, year, month, fromIssueDate, null);
        }
        return month != null ? monthSpan(YearMonth.of(year, month), part, fromIssueDate)
                : yearSpan(year, part, t.suffix(), fromIssueDate);
    }

    private static LocalDate require(LocalDate reference) throws Unreadable {
        if (reference == null) {
            throw new Unreadable(DeadlineNote.NO_REFERENCE);
        }
        return reference;
    }

    private static Span monthSpan(YearMonth ym, String part, boolean fromIssueDate) throws Unreadable {
        int y = ym.getYear();
        int m = ym.getMonthValue();
        if (part == null || part.equals("内")) {
            return new Span(ym.atDay(1), ym.atEndOfMonth(), false, y, m, fromIssueDate, null);
        }
        return switch (part) {
            case "底", "末" -> new Span(ym.atEndOfMonth(), ym.atEndOfMonth(), true, y, m, fromIssueDate, null);
            case "初" -> new Span(ym.atDay(1), ym.atDay(10), false, y, m, fromIssueDate, DeadlineNote.VAGUE_START);
            case "上旬" -> new Span(ym.atDay(1), ym.atDay(10), false, y, m, fromIssueDate, null);
            case "中旬" -> new Span(ym.atDay(11), ym.atDay(20), false, y, m, fromIssueDate, null);
            case "下旬" -> new Span(ym.atDay(21), ym.atEndOfMonth(), false, y, m, fromIssueDate, null);
            // 6月上半年, 3月第二季度: parts of a year cannot follow a month.
            default -> throw new Unreadable(DeadlineNote.INVALID_DATE);
        };
    }

    private static Span yearSpan(int year, String part, String suffix, boolean fromIssueDate) throws Unreadable {
        if (part != null && part.length() > 1 && (part.endsWith("末") || part.endsWith("底"))) {
            // 一季度末, 上半年底: the last day of that part of the year.
            Span whole = yearSpan(year, part.substring(0, part.length() - 1), suffix, fromIssueDate);
            return new Span(whole.due(), whole.due(), true, year, whole.month(), fromIssueDate, null);
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        if (part == null || part.equals("内")) {
            // "2022年前": before 2022, or by the end of 2022? Both readings are in use.
            DeadlineNote note = part == null && suffix != null && suffix.endsWith("前") ? DeadlineNote.YEAR_BEFORE : null;
            return new Span(first, last, false, year, 12, fromIssueDate, note);
        }
        if (part.equals("底") || part.equals("末")) {
            return new Span(last, last, true, year, 12, fromIssueDate, null);
        }
        if (part.equals("初")) {
            return new Span(first, LocalDate.of(year, 1, 31), false, year, 1, fromIssueDate, DeadlineNote.VAGUE_START);
        }
        if (part.equals("上半年")) {
            return new Span(first, LocalDate.of(year, 6, 30), false, year, 6, fromIssueDate, null);
        }
        if (part.equals("下半年")) {
            return new Span(LocalDate.of(year, 7, 1), last, false, year, 12, fromIssueDate, null);
        }
        int quarter = part.charAt(part.indexOf('季') - 1) - '0';
        YearMonth quarterEnd = YearMonth.of(year, quarter * 3);
        LocalDate start = part.startsWith("前") ? first : quarterEnd.minusMonths(2).atDay(1);
        return new Span(start, quarterEnd.atEndOfMonth(), false, year, quarter * 3, fromIssueDate, null);
    }
}
