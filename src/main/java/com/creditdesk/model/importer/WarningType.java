package com.creditdesk.model.importer;

/** Bundle keys {@code import.warning.NAME}. */
public enum WarningType {
    UNKNOWN_HEADER,
    UNSPLITTABLE_UNITS,
    DUPLICATE_ROW,
    EMPTY_COLUMN_IGNORED,
    MERGE_CROSSES_SECTION,
    NO_HEADER_FOUND
}
