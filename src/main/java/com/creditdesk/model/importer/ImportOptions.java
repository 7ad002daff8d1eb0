package com.creditdesk.model.importer;

import java.nio.file.Path;
import java.util.Map;

/**
 * Choices for one import. {@code tableKinds} overrides the guessed kind per table index;
 * {@code firstUnitIsLead} makes the first unit of every 责任单位 cell the lead;
 * {@code maxFileBytes} is checked before reading. For writing: {@code sourceFile} is the file
 * the preview was read from (its SHA-256 identifies a re-import; may be null) and
 * {@code onExisting} says what to do with a campaign imported from the same file before.
 */
public record ImportOptions(Map<Integer, TableKind> tableKinds, boolean firstUnitIsLead, long maxFileBytes,
                            Path sourceFile, ExistingCampaign onExisting) {

    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

    public ImportOptions {
        tableKinds = Map.copyOf(tableKinds);
        onExisting = onExisting == null ? ExistingCampaign.REFUSE : onExisting;
    }

    public ImportOptions(Map<Integer, TableKind> tableKinds, boolean firstUnitIsLead, long maxFileBytes) {
        this(tableKinds, firstUnitIsLead, maxFileBytes, null, ExistingCampaign.REFUSE);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(Map.of(), false, DEFAULT_MAX_FILE_BYTES);
    }

    public ImportOptions withFirstUnitIsLead(boolean value) {
        return new ImportOptions(tableKinds, value, maxFileBytes, sourceFile, onExisting);
    }

    public ImportOptions withTableKind(int table, TableKind kind) {
        Map<Integer, TableKind> kinds = new java.util.HashMap<>(tableKinds);
        kinds.put(table, kind);
        return new ImportOptions(kinds, firstUnitIsLead, maxFileBytes, sourceFile, onExisting);
    }

    public ImportOptions withMaxFileBytes(long value) {
        return new ImportOptions(tableKinds, firstUnitIsLead, value, sourceFile, onExisting);
    }

    public ImportOptions withSourceFile(Path file) {
        return new ImportOptions(tableKinds, firstUnitIsLead, maxFileBytes, file, onExisting);
    }

    public ImportOptions withOnExisting(ExistingCampaign value) {
        return new ImportOptions(tableKinds, firstUnitIsLead, maxFileBytes, sourceFile, value);
    }

    public TableKind kindFor(int table, TableKind guessed) {
        return tableKinds.getOrDefault(table, guessed);
    }
}
