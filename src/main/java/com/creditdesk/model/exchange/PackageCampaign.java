package com.creditdesk.model.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A county campaign in a 报送包: its own values and its rows by entity name (TASK, EVIDENCE_ITEM…). */
public record PackageCampaign(PackageRow campaign, Map<String, List<PackageRow>> rows) {

    public PackageCampaign {
        Map<String, List<PackageRow>> copy = new LinkedHashMap<>();
        rows.forEach((entity, list) -> copy.put(entity, List.copyOf(list)));
        rows = java.util.Collections.unmodifiableMap(copy);
    }

    public List<PackageRow> rowsOf(String entity) {
        return rows.getOrDefault(entity, List.of());
    }
}
