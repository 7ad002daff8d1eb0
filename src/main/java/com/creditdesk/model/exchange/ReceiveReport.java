package com.creditdesk.model.exchange;

import java.util.List;
import java.util.Map;

/**
 * The outcome of receiving one 报送包: whose it is, what it changed per entity (TASK,
 * EVIDENCE_ITEM…), how many evidence files were new, and the conflicts left for the coordinator.
 */
public record ReceiveReport(String file, String sha256, String countyCode, String countyName, String createdAt,
                            List<Long> campaignIds, Map<String, EntityCounts> counts, int filesAdded,
                            List<ExchangeConflict> conflicts) {

    public ReceiveReport {
        campaignIds = List.copyOf(campaignIds);
        counts = Map.copyOf(counts);
        conflicts = List.copyOf(conflicts);
    }

    public EntityCounts countsOf(String entity) {
        return counts.getOrDefault(entity, EntityCounts.NONE);
    }
}
