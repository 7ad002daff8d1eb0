package com.creditdesk.model.exchange;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One exchanged row: its stable id and its values by column name, as text (dates ISO, numbers
 * plain, texts verbatim). References to other rows are given by their uuid ("parent", "task"…).
 */
public record PackageRow(String uuid, Map<String, String> fields) {

    public PackageRow {
        // Null values are kept: "no deadline" is a value the county may have set.
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public String get(String field) {
        return fields.get(field);
    }
}
