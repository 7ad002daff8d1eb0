package com.creditdesk.model.importer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Choices for one import. {@code tableKinds} overrides the guessed kind per table index;
 * {@code columnRoles} overrides the recognised role of a column, per table index then column index
 * ({@link ColumnRole#UNKNOWN} leaves the column out); {@code firstUnitIsLead} makes the first unit
 * of every 责任单位 cell the lead; {@code maxFileBytes} is checked before reading. For writing:
 * {@code sourceFile} is the file the preview was read from (its SHA-256 identifies a re-import;
 * may be null) and {@code onExisting} says what to do with a campaign imported from the same file before.
 */
public record ImportOptions(Map<Integer, TableKind> tableKinds, Map<Integer, Map<Integer, ColumnRole>> columnRoles,
                            boolean firstUnitIsLead, long maxFileBytes, Path sourceFile, ExistingCampaign onExisting) {

    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

    public ImportOptions {
        tableKinds = Map.copyOf(tableKinds);
        Map<Integer, Map<Integer, ColumnRole>> roles = new HashMap<>();
        columnRoles.forEach((table, columns) -> roles.put(table, Map.copyOf(columns)));
        columnRoles = Map.copyOf(roles);
        onExisting = onExisting == null ? ExistingCampaign.REFUSE : onExisting;
    }

    public ImportOptions(Map<Integer, TableKind> tableKinds, boolean firstUnitIsLead, long maxFileBytes,
                         Path sourceFile, ExistingCampaign onExisting) {
        this(tableKinds, Map.of(), firstUnitIsLead, maxFileBytes, sourceFile, onExisting);
    }

    public ImportOptions(Map<Integer, TableKind> tableKinds, boolean firstUnitIsLead, long maxFileBytes) {
        this(tableKinds, firstUnitIsLead, maxFileBytes, null, ExistingCampaign.REFUSE);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(Map.of(), false, DEFAULT_MAX_FILE_BYTES);
    }

    public ImportOptions withFirstUnitIsLead(boolean value) {
        return new ImportOptions(tableKinds, columnRoles, value, maxFileBytes, sourceFile, onExisting);
    }

    public ImportOptions withTableKind(int table, TableKind kind) {
        Map<Integer, TableKind> kinds = new HashMap<>(tableKinds);
        kinds.put(table, kind);
        return new ImportOptions(kinds, columnRoles, firstUnitIsLead, maxFileBytes, sourceFile, onExisting);
    }

    /** Column {@code column} of table {@code table} holds {@code role}, whatever its header says. */
    public ImportOptions withColumnRole(int table, int column, ColumnRole role) {
        Map<Integer, Map<Integer, ColumnRole>> roles = new HashMap<>(columnRoles);
        Map<Integer, ColumnRole> columns = new HashMap<>(roles.getOrDefault(table, Map.of()));
        columns.put(column, role);
        roles.put(table, columns);
        return new ImportOptions(tableKinds, roles, firstUnitIsLead, maxFileBytes, sourceFile, onExisting);
    }

    public ImportOptions withMaxFileBytes(long value) {
        return new ImportOptions(tableKinds, columnRoles, firstUnitIsLead, value, sourceFile, onExisting);
    }

    public ImportOptions withSourceFile(Path file) {
        return new ImportOptions(tableKinds, columnRoles, firstUnitIsLead, maxFileBytes, file, onExisting);
    }

    public ImportOptions withOnExisting(ExistingCampaign value) {
        return new ImportOptions(tableKinds, columnRoles, firstUnitIsLead, maxFileBytes, sourceFile, value);
    }

    public TableKind kindFor(int table, TableKind guessed) {
        return tableKinds.getOrDefault(table, guessed);
    }

    /** The column roles of table {@code table} set by hand, by column index. */
    public Map<Integer, ColumnRole> columnRolesFor(int table) {
        return columnRoles.getOrDefault(table, Map.of());
    }
}
