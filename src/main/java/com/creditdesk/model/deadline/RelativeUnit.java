package com.creditdesk.model.deadline;

/** Unit of a delay such as 7天内 or 5个工作日内; working days follow the official calendar. */
public enum RelativeUnit {
    DAYS, WORKING_DAYS, MONTHS, YEARS
}
