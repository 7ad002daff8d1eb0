package com.creditdesk.ui.evidence;

import com.creditdesk.logic.evidence.EvidenceLabels;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.evidence.CellState;
import com.creditdesk.model.evidence.EvidenceStatus;
import com.creditdesk.model.evidence.Requirement;
import com.creditdesk.model.evidence.ReviewEvent;
import javafx.scene.Node;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** How the evidence screens word dates, deadlines, states and history lines. */
final class EvidenceTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> STATE_CLASSES = java.util.Arrays.stream(CellState.values())
            .map(EvidenceTexts::styleClass).toList();

    private final Messages messages;

    EvidenceTexts(Messages messages) {
        this.messages = messages;
    }

    String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    String dateTime(LocalDateTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** The due phrase as written with the date read from it: "6月1日前 → 2021-06-01". */
    String deadline(Requirement r) {
        boolean written = r.deadlineText() != null && !r.deadlineText().isBlank();
        if (!written && r.deadlineDue() == null) {
            return messages.get("evidence.ui.deadline.none");
        }
        if (!written) {
            return date(r.deadlineDue());
        }
        if (r.deadlineDue() == null) {
            return messages.get("evidence.ui.deadline.unparsed", r.deadlineText());
        }
        return messages.get(r.deadlineReview() ? "evidence.ui.deadline.review" : "evidence.ui.deadline.parsed",
                r.deadlineText(), date(r.deadlineDue()));
    }

    /**
     * An indicator path for reading: segments joined by " › ", and a space after a bare number
     * label glued to its title ("1统一社会…" → "1 统一社会…"); the stored path stays as written.
     */
    static String readablePath(String path) {
        if (path == null) {
            return "";
        }
        return java.util.Arrays.stream(path.split("/", -1))
                .map(segment -> segment.replaceFirst("^(\\d+)(?=[^\\d.．、,，\\s)）])", "$1 "))
                .collect(java.util.stream.Collectors.joining(" › "));
    }

    String state(CellState state) {
        return messages.get(EvidenceLabels.key(state));
    }

    /** "2021-05-25 10:00 王五：已提交 → 退回（原因：缺公章）". */
    String historyLine(ReviewEvent event) {
        String to = messages.get(EvidenceLabels.key(event.to()));
        String change = event.from() == null ? to
                : messages.get("evidence.ui.history.change", messages.get(EvidenceLabels.key(event.from())), to);
        String line = messages.get("evidence.ui.history.line", dateTime(event.at()), event.actor(), change);
        return event.reason() == null || event.reason().isBlank() ? line
                : line + messages.get("evidence.ui.history.reason", event.reason());
    }

    /** Colours a row or cell by a delivery's status (the words are always shown too). */
    static void styleByStatus(Node node, EvidenceStatus status) {
        styleByState(node, status == null ? null : switch (status) {
            case PENDING -> CellState.MISSING;
            case SUBMITTED -> CellState.SUBMITTED;
            case ACCEPTED -> CellState.ACCEPTED;
            case RETURNED -> CellState.RETURNED;
        });
    }

    static void styleByState(Node node, CellState state) {
        node.getStyleClass().removeAll(STATE_CLASSES);
        if (state != null) {
            node.getStyleClass().add(styleClass(state));
        }
    }

    /** evidence-missing, evidence-not-owed … (see evidence.css). */
    static String styleClass(CellState state) {
        return "evidence-" + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
