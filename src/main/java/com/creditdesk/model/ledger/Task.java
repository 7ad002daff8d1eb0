package com.creditdesk.model.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * A node of the ledger tree as stored. Texts are verbatim from the notice: {@code seqLabel}
 * (序号), {@code unitsText} (责任单位 cell), {@code deadlineText} (完成时限) — next to
 * whatever was parsed from them.
 */
public record Task(long id, long campaignId, Long parentId, NodeKind kind, int sortOrder,
                   String seqLabel, String title, String content, String deliverable,
                   TaskStatus status, String progressNote, String unitsText, String leadUnitsText,
                   String deadlineText, LocalDate deadlineDue, LocalDate deadlineOverride,
                   List<TaskUnit> units, int version) {

    public Task {
        units = List.copyOf(units);
    }

    public List<TaskUnit> unitsIn(UnitRole role) {
        return units.stream().filter(u -> u.role() == role).toList();
    }

    /** The coordinator's date wins over the parsed one. */
    public LocalDate effectiveDue() {
        return deadlineOverride != null ? deadlineOverride : deadlineDue;
    }
}
