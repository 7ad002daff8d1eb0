package com.creditdesk.logic.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The reports one can export. Bundle keys {@code reports.kind.NAME}. */
public enum ReportKind {
    LEDGER,
    UNIT_CHECKLIST,
    DUE,
    SCORE_SHEET,
    EVIDENCE_INDEX;

    /** The word the export command takes: ledger, unit-checklist, due, score-sheet, evidence-index. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** By its command-line word; case and "_" for "-" are tolerated (Unit_Checklist works too). */
    public static Optional<ReportKind> fromCliName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(k -> k.cliName().equals(wanted)).findFirst();
    }

    /** Whether the report is about one indicator system and its scenarios rather than units. */
    public boolean scoring() {
        return this == SCORE_SHEET;
    }
}
