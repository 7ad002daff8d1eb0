package com.creditdesk.model.indicator;

import java.time.LocalDateTime;

/**
 * A saved what-if scenario (评分模拟方案) of one campaign for one built-in indicator system,
 * named by the system's code. {@code basedOnId} is the scenario it was copied from (or null).
 */
public record Scenario(long id, long campaignId, String systemCode, String name, Long basedOnId,
                       LocalDateTime createdAt, LocalDateTime updatedAt) {
}
