package com.creditdesk.model.importer;

import java.util.Map;

/**
 * Choices for one import. {@code tableKinds} overrides the guessed kind per table index;
 * {@code firstUnitIsLead} makes the first unit of every 责任单位 cell the lead;
 * {@code maxFileBytes} is checked before reading.
 */
public record ImportOptions(Map<Integer, TableKind> tableKinds, boolean firstUnitIsLead, long maxFileBytes) {

    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

    public ImportOptions {
        tableKinds = Map.copyOf(tableKinds);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(Map.of(), false, DEFAULT_MAX_FILE_BYTES);
    }

    public ImportOptions withFirstUnitIsLead(boolean value) {
        return new ImportOptions(tableKinds, value, maxFileBytes);
    }

    public ImportOptions withTableKind(int table, TableKind kind) {
        Map<Integer, TableKind> kinds = new java.util.HashMap<>(tableKinds);
        kinds.put(table, kind);
        return new ImportOptions(kinds, firstUnitIsLead, maxFileBytes);
    }

    public ImportOptions withMaxFileBytes(long value) {
        return new ImportOptions(tableKinds, firstUnitIsLead, value);
    }

    public TableKind kindFor(int table, TableKind guessed) {
        return tableKinds.getOrDefault(table, guessed);
    }
}
