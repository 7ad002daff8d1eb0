package com.creditdesk.logic.report;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.evidence.CellState;
import com.creditdesk.model.evidence.EvidenceItem;
import com.creditdesk.model.evidence.EvidenceStatus;
import com.creditdesk.model.evidence.Requirement;
import com.creditdesk.model.evidence.RequirementGroup;
import com.creditdesk.model.evidence.RequirementOverview;
import com.creditdesk.model.evidence.StoredFile;
import com.creditdesk.model.evidence.UnitRef;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.Unit;
import com.creditdesk.model.report.PageOrientation;
import com.creditdesk.model.report.Report;
import com.creditdesk.model.report.ReportColumn;
import com.creditdesk.model.report.ReportPart;
import com.creditdesk.model.report.ReportRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 佐证材料目录: the evidence requirements grouped by the indicator or task they prove (as
 * {@code EvidenceQueries.byOwner} orders them), each with its text verbatim, type, whether a stamp
 * is needed, the owing units, the deadline as written, each unit's state and the files delivered
 * with the day they were received.
 */
public final class EvidenceIndexBuilder {

    private final ReportText text;

    public EvidenceIndexBuilder(Messages messages) {
        this.text = new ReportText(messages);
    }

    /** @param unit null for every unit; else only what this unit owes or delivered */
    public Report build(Campaign campaign, List<RequirementGroup> groups, Unit unit, LocalDate today) {
        List<ReportColumn> columns = List.of(
                ReportColumn.center(text.get("report.column.seq"), 5),
                ReportColumn.left(text.get("report.evidence.column.requirement"), 29),
                ReportColumn.center(text.get("report.evidence.column.type"), 8),
                ReportColumn.center(text.get("report.evidence.column.stamp"), 5),
                ReportColumn.left(text.get("report.column.responsible"), 12),
                ReportColumn.left(text.get("report.column.deadlineText"), 11),
                ReportColumn.left(text.get("report.evidence.column.status"), 13),
                ReportColumn.left(text.get("report.evidence.column.files"), 19));
        List<ReportRow> rows = new ArrayList<>();
        Map<CellState, Integer> counts = new EnumMap<>(CellState.class);
        int requirements = 0;
        for (RequirementGroup group : groups) {
            List<RequirementOverview> shown = group.requirements().stream()
                    .filter(o -> unit == null || o.stateFor(unit.id()) != CellState.NOT_OWED).toList();
            if (shown.isEmpty()) {
                continue;
            }
            rows.add(new ReportRow.Span(text.get(group.by() == RequirementGroup.GroupBy.TASK
                    ? "report.evidence.groupTask" : "report.evidence.groupIndicator", group.heading()),
                    ReportRow.SpanStyle.SECTION));
            int seq = 1;
            for (RequirementOverview o : shown) {
                Requirement r = o.requirement();
                rows.add(ReportRow.Cells.of(String.valueOf(seq++), ReportText.nullToEmpty(r.text()),
                        text.get("evidence.type." + r.type().name()),
                        r.stampRequired() ? text.get("report.evidence.stampYes") : "",
                        String.join("、", r.units().stream().map(UnitRef::name).toList()), deadline(r),
                        states(o, unit, counts), files(o, unit)));
                requirements++;
            }
        }
        if (rows.isEmpty()) {
            rows.add(new ReportRow.Span(text.get("report.evidence.empty"), ReportRow.SpanStyle.NOTE));
        }
        String title = unit == null ? text.get("report.evidence.title") : text.get("report.evidence.titleForUnit", unit.name());
        List<String> closing = requirements == 0 ? List.of()
                : List.of(text.get("report.evidence.summary", requirements, counts.getOrDefault(CellState.ACCEPTED, 0),
                        counts.getOrDefault(CellState.SUBMITTED, 0), counts.getOrDefault(CellState.RETURNED, 0),
                        counts.getOrDefault(CellState.MISSING, 0)));
        return new Report(title, text.dateLine(campaign, today), PageOrientation.LANDSCAPE, columns,
                List.of(new ReportPart(null, rows, closing)));
    }

    /** The deadline as written; the date read from it only when nothing is written; the period below. */
    private String deadline(Requirement r) {
        String written = ReportText.nullToEmpty(r.deadlineText());
        if (written.isEmpty() && r.deadlineDue() != null) {
            written = text.date(r.deadlineDue());
        }
        String period = ReportText.nullToEmpty(r.periodText());
        if (period.isEmpty()) {
            return written;
        }
        String line = text.get("report.evidence.period", period);
        return written.isEmpty() ? line : written + "\n" + line;
    }

    /** One line per owing unit (and per other unit that delivered): its state, a return with its reason. */
    private String states(RequirementOverview o, Unit only, Map<CellState, Integer> counts) {
        Map<Long, String> units = units(o);
        List<String> lines = new ArrayList<>();
        units.forEach((id, name) -> {
            if (only != null && only.id() != id) {
                return;
            }
            CellState state = o.stateFor(id);
            counts.merge(state, 1, Integer::sum);
            String word = text.get("report.evidence.state." + state.name());
            String reason = o.items().stream().filter(i -> Objects.equals(i.unitId(), id)
                            && i.status() == EvidenceStatus.RETURNED).map(i -> ReportText.nullToEmpty(i.returnReason()))
                    .filter(s -> !s.isEmpty()).reduce((a, b) -> b).orElse("");
            if (state == CellState.RETURNED && !reason.isEmpty()) {
                word = text.get("report.evidence.returnedBecause", reason);
            }
            lines.add(units.size() == 1 || only != null ? word : text.get("report.evidence.unitState", name, word));
        });
        if (units.isEmpty() && only == null && !o.items().isEmpty()) {
            lines.add(text.get("report.evidence.state." + o.state().name()));
        }
        return String.join("\n", lines);
    }

    /** Each delivered file with the day it was received (and who sent it when several units are involved). */
    private String files(RequirementOverview o, Unit only) {
        boolean several = only == null && units(o).size() > 1;
        List<String> lines = new ArrayList<>();
        for (EvidenceItem item : o.items()) {
            if (only != null && !Objects.equals(item.unitId(), only.id())) {
                continue;
            }
            String received = item.receivedAt() == null ? "" : text.get("report.evidence.received",
                    text.date(item.receivedAt().toLocalDate()));
            String returned = item.status() == EvidenceStatus.RETURNED ? text.get("report.evidence.returnedMark") : "";
            for (StoredFile file : item.files()) {
                String line = file.name() + received + returned;
                lines.add(several ? text.get("report.evidence.unitState", unitName(item), line) : line);
            }
        }
        return String.join("\n", lines);
    }

    /** The owing units, then any other unit that delivered, by id. */
    private static Map<Long, String> units(RequirementOverview o) {
        Map<Long, String> units = new LinkedHashMap<>();
        o.requirement().units().forEach(u -> units.put(u.id(), u.name()));
        o.items().stream().filter(i -> i.unitId() != null).forEach(i -> units.putIfAbsent(i.unitId(), i.unitName()));
        return units;
    }

    private String unitName(EvidenceItem item) {
        return item.unitName() == null ? text.get("report.evidence.noUnit") : item.unitName();
    }
}
