package com.creditdesk.logic.county;

/** A minimal valid county profile, for tests outside this package. */
public final class CountyProfileTestData {

    public static final String MINIMAL = CountyProfileTest.MINIMAL;

    private CountyProfileTestData() {
    }
}
