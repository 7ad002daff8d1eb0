package com.creditdesk.model.deadline;

/** Why a deadline reading needs a person's check (or how it was read); text in the bundles. */
public enum DeadlineNote {
    /** A month or day that does not exist (13月, 2月30日). */
    INVALID_DATE,
    /** The second end of a range lies before the first. */
    RANGE_REVERSED,
    /** 创建期内/创建期末 while the campaign period is unknown. */
    CAMPAIGN_UNKNOWN,
    /** A working-day count runs past the bundled holiday calendar. */
    BEYOND_CALENDAR,
    /** No issue date to fill a missing year or anchor a delay. */
    NO_REFERENCE,
    /** The year was taken from the issue date and the result lies before it. */
    BEFORE_ISSUE_DATE,
    /** A delay counted from an event (之日起…): no calendar date until the event happens. */
    EVENT_ANCHOR,
    /** 最近一年 / 近三年: a look-back window whose end is not given. */
    LOOKBACK,
    /** 年初/月初: the text does not say how long the beginning is. */
    VAGUE_START,
    /** "2022年前": before 2022 or by the end of 2022. */
    YEAR_BEFORE,
    /** Nothing in the text reads as a deadline. */
    UNREADABLE;

    public String key() {
        return "deadline.note." + name();
    }
}
