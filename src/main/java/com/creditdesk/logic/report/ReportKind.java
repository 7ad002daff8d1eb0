package com.creditdesk.logic.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The reports one can export. Bundle keys {@code reports.kind.NAME}. */
public enum ReportKind {
    LEDGER,
    UNIT_CHECKLIST,
    DUE;

    /** The word the export command takes: ledger, unit-checklist, due. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ReportKind> fromCliName(String name) {
        return Arrays.stream(values()).filter(k -> k.cliName().equals(name)).findFirst();
    }
}
