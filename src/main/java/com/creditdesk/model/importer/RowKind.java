package com.creditdesk.model.importer;

import java.util.Locale;

/** What a table row is: header, header repeated after a page break, section row spanning the table, data. */
public enum RowKind {
    HEAD,
    REPHEAD,
    SECT,
    DATA;

    /** The word used in the JSON output and the fixtures' oracle: head, rephead, sect, data. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
