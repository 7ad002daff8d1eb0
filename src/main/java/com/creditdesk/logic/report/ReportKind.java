package com.creditdesk.logic.report;

import java.util.Arrays;
import java.util.Optional;

/** The reports one can export; {@code cliName} is the word the export command takes. */
public enum ReportKind {
    LEDGER("ledger"),
    UNIT_CHECKLIST("unit-checklist"),
    DUE("due");

    private final String cliName;

    ReportKind(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static Optional<ReportKind> fromCliName(String name) {
        return Arrays.stream(values()).filter(k -> k.cliName.equals(name)).findFirst();
    }
}
