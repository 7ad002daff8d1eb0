package com.creditdesk.model.evidence;

import java.time.LocalDate;
import java.util.List;

/**
 * What must be provided for an indicator or a task. {@code text} is the 佐证材料 wording verbatim,
 * {@code deadlineText} the due phrase as written next to {@code deadlineDue} read from it
 * ({@code deadlineReview} when the reading needs a look). {@code ownerPath} names the indicator
 * or task, e.g. {@code 五、公共信用信息共建共享/（三）双公示情况}. {@code units} owe it.
 */
public record Requirement(long id, long campaignId, Long indicatorId, Long taskId, String ownerPath, String text,
                          EvidenceType type, boolean stampRequired, String periodText, String deadlineText,
                          LocalDate deadlineDue, boolean deadlineReview, List<UnitRef> units, int version) {

    public Requirement {
        units = List.copyOf(units);
    }

    public boolean owedBy(long unitId) {
        return units.stream().anyMatch(u -> u.id() == unitId);
    }
}
