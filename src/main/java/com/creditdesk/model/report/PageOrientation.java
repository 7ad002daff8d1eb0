package com.creditdesk.model.report;

/** A4 upright or turned for wide tables. */
public enum PageOrientation {
    PORTRAIT,
    LANDSCAPE
}
