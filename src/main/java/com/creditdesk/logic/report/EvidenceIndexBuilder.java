package com.creditdesk.logic.report;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.Unit;
import com.creditdesk.model.report.PageOrientation;
import com.creditdesk.model.report.Report;
import com.creditdesk.model.report.ReportColumn;
import com.creditdesk.model.report.ReportPart;
import com.creditdesk.model.report.ReportRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 佐证材料目录: the evidence requirements grouped by the task (in ledger order) or indicator they
 * prove, each with its text verbatim, type, whether a stamp is needed, the owing units, the
 * deadline as written, each unit's state and the files delivered with the day they were received.
 */
public final class EvidenceIndexBuilder {

    /** Item states, as stored. An owing unit without any item has not delivered anything yet. */
    static final List<String> STATES = List.of("PENDING", "SUBMITTED", "ACCEPTED", "RETURNED");
    private static final String NOTHING = "NONE";

    private final ReportText text;

    public EvidenceIndexBuilder(Messages messages) {
        this.text = new ReportText(messages);
    }

    /** @param unit null for every unit; else only what this unit owes or delivered */
    public Report build(Campaign campaign, List<Task> tasks, List<EvidenceIndexQuery.Requirement> requirements,
                        Unit unit, LocalDate today) {
        List<ReportColumn> columns = List.of(
                ReportColumn.center(text.get("report.column.seq"), 5),
                ReportColumn.left(text.get("report.evidence.column.requirement"), 30),
                ReportColumn.center(text.get("report.evidence.column.type"), 7),
                ReportColumn.center(text.get("report.evidence.column.stamp"), 5),
                ReportColumn.left(text.get("report.column.responsible"), 12),
                ReportColumn.left(text.get("report.column.deadlineText"), 11),
                ReportColumn.left(text.get("report.evidence.column.status"), 14),
                ReportColumn.left(text.get("report.evidence.column.files"), 19));
        Map<Long, Integer> taskOrder = new HashMap<>();
        Map<Long, Task> taskById = new HashMap<>();
        for (int i = 0; i < tasks.size(); i++) {
            taskOrder.put(tasks.get(i).id(), i);
            taskById.put(tasks.get(i).id(), tasks.get(i));
        }
        Map<String, List<EvidenceIndexQuery.Requirement>> groups = new LinkedHashMap<>();
        requirements.stream()
                .filter(r -> unit == null || owes(r, unit.id()))
                .sorted(Comparator.comparing((EvidenceIndexQuery.Requirement r) -> r.taskId() == null)
                        .thenComparing(r -> r.taskId() == null ? 0 : taskOrder.getOrDefault(r.taskId(), Integer.MAX_VALUE)))
                .forEach(r -> groups.computeIfAbsent(groupTitle(r, taskById), k -> new ArrayList<>()).add(r));
        List<ReportRow> rows = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, List<EvidenceIndexQuery.Requirement>> group : groups.entrySet()) {
            rows.add(new ReportRow.Span(group.getKey(), ReportRow.SpanStyle.SECTION));
            int seq = 1;
            for (EvidenceIndexQuery.Requirement r : group.getValue()) {
                rows.add(ReportRow.Cells.of(String.valueOf(seq++), ReportText.nullToEmpty(r.text()),
                        text.get("report.evidence.type." + type(r)),
                        r.stampRequired() ? text.get("report.evidence.stampYes") : "",
                        String.join("、", r.units().values()), deadline(r), states(r, unit, counts), files(r, unit)));
            }
        }
        if (rows.isEmpty()) {
            rows.add(new ReportRow.Span(text.get("report.evidence.empty"), ReportRow.SpanStyle.NOTE));
        }
        String title = unit == null ? text.get("report.evidence.title") : text.get("report.evidence.titleForUnit", unit.name());
        List<String> closing = rows.size() == 1 && groups.isEmpty() ? List.of()
                : List.of(text.get("report.evidence.summary", groups.values().stream().mapToInt(List::size).sum(),
                        counts.getOrDefault("ACCEPTED", 0), counts.getOrDefault("SUBMITTED", 0),
                        counts.getOrDefault("RETURNED", 0),
                        counts.getOrDefault("PENDING", 0) + counts.getOrDefault(NOTHING, 0)));
        return new Report(title, text.dateLine(campaign, today), PageOrientation.LANDSCAPE, columns,
                List.of(new ReportPart(null, rows, closing)));
    }

    private static boolean owes(EvidenceIndexQuery.Requirement r, long unitId) {
        return r.units().containsKey(unitId) || r.items().stream().anyMatch(i -> Objects.equals(i.unitId(), unitId));
    }

    private String groupTitle(EvidenceIndexQuery.Requirement r, Map<Long, Task> tasks) {
        if (r.taskId() != null && tasks.containsKey(r.taskId())) {
            Task task = tasks.get(r.taskId());
            return text.get("report.evidence.groupTask", LedgerReportBuilder.join(task.seqLabel(), task.title()));
        }
        String code = ReportText.nullToEmpty(r.indicatorCode());
        String title = ReportText.nullToEmpty(r.indicatorTitle());
        return text.get("report.evidence.groupIndicator", code.isEmpty() ? title : LedgerReportBuilder.join(code, title));
    }

    private static String type(EvidenceIndexQuery.Requirement r) {
        List<String> known = List.of("REGULATION", "NOTICE", "SCREENSHOT", "STATEMENT", "STAMPED_SCAN", "PHOTO");
        return known.contains(r.type()) ? r.type() : "OTHER";
    }

    /** The deadline as written; the date read from it only when nothing is written; the period below. */
    private String deadline(EvidenceIndexQuery.Requirement r) {
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

    /** One line per owing unit (and per other unit that delivered): its latest item's state. */
    private String states(EvidenceIndexQuery.Requirement r, Unit only, Map<String, Integer> counts) {
        Map<String, EvidenceIndexQuery.Item> latest = new LinkedHashMap<>();
        r.units().values().forEach(name -> latest.put(name, null));
        for (EvidenceIndexQuery.Item item : r.items()) {
            latest.put(unitName(item), item);
        }
        List<String> lines = new ArrayList<>();
        latest.forEach((name, item) -> {
            if (only != null && !only.name().equals(name)) {
                return;
            }
            String state = item == null || !STATES.contains(item.status()) ? NOTHING : item.status();
            counts.merge(state, 1, Integer::sum);
            String word = text.get("report.evidence.state." + state);
            if ("RETURNED".equals(state) && !ReportText.nullToEmpty(item.returnReason()).isEmpty()) {
                word = text.get("report.evidence.returnedBecause", ReportText.nullToEmpty(item.returnReason()));
            }
            lines.add(latest.size() == 1 || only != null ? word : text.get("report.evidence.unitState", name, word));
        });
        return String.join("\n", lines);
    }

    /** Each delivered file with the day it was received (and who sent it when several units owe it). */
    private String files(EvidenceIndexQuery.Requirement r, Unit only) {
        boolean several = r.units().size() > 1 || r.items().stream().map(this::unitName).distinct().count() > 1;
        List<String> lines = new ArrayList<>();
        for (EvidenceIndexQuery.Item item : r.items()) {
            if (only != null && !only.name().equals(unitName(item))) {
                continue;
            }
            String received = item.receivedAt() == null ? "" : text.get("report.evidence.received",
                    text.date(item.receivedAt().toLocalDate()));
            String returned = "RETURNED".equals(item.status()) ? text.get("report.evidence.returnedMark") : "";
            for (String file : item.fileNames()) {
                String line = file + received + returned;
                lines.add(several ? text.get("report.evidence.unitState", unitName(item), line) : line);
            }
        }
        return String.join("\n", lines);
    }

    private String unitName(EvidenceIndexQuery.Item item) {
        return item.unitName() == null ? text.get("report.evidence.noUnit") : item.unitName();
    }
}
