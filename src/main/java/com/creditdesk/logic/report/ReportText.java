package com.creditdesk.logic.report;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskUnit;
import com.creditdesk.model.ledger.UnitRole;

import java.time.LocalDate;
import java.util.stream.Collectors;

/** Texts the report builders share: dates, statuses, unit lists, the date line. */
final class ReportText {

    private final Messages messages;

    ReportText(Messages messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    String date(LocalDate date) {
        return date == null ? "" : messages.get("report.date", String.valueOf(date.getYear()),
                String.valueOf(date.getMonthValue()), String.valueOf(date.getDayOfMonth()));
    }

    String status(Task task) {
        return messages.get("task.status." + task.status().name());
    }

    /** The registered unit names in a role, or for the lead role the source text when none is linked. */
    static String units(Task task, UnitRole role) {
        return task.units().stream().filter(u -> u.role() == role).map(TaskUnit::unitName).distinct()
                .collect(Collectors.joining("、"));
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    /** "《plan》（doc no.）　截至 date": which plan and which day the report shows. */
    String dateLine(Campaign campaign, LocalDate today) {
        String doc = campaign.docNumber() == null || campaign.docNumber().isBlank() ? ""
                : messages.get("report.docNumber", campaign.docNumber());
        return messages.get("report.dateLine", campaign.name(), doc, date(today));
    }
}
