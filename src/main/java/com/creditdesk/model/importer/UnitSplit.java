package com.creditdesk.model.importer;

import com.creditdesk.model.ledger.UnitRole;

import java.util.List;

/**
 * A 责任单位 text split into units: {@code text} verbatim, {@code units} every name in order,
 * {@code lead} the names in the lead role, {@code dropped} the parts left out (等相关部门, …),
 * {@code entries} each unit with its role and kind. {@code unsplittable} is set when a part
 * looked like a sentence rather than a unit name.
 */
public record UnitSplit(String text, List<String> units, List<String> lead, List<String> dropped,
                        List<SplitUnit> entries, boolean unsplittable) {

    public UnitSplit {
        units = List.copyOf(units);
        lead = List.copyOf(lead);
        dropped = List.copyOf(dropped);
        entries = List.copyOf(entries);
    }

    public static UnitSplit empty(String text) {
        return new UnitSplit(text, List.of(), List.of(), List.of(), List.of(), false);
    }

    public List<String> namesIn(UnitRole role) {
        return entries.stream().filter(e -> e.role() == role).map(SplitUnit::name).toList();
    }
}
