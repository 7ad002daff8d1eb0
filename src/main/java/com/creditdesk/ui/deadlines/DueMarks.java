package com.creditdesk.ui.deadlines;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.deadline.DueGroup;
import com.creditdesk.model.deadline.DueItem;

import java.time.LocalDate;

/** How a due state is shown: a symbol and words as well as a colour, for colour-blind readers. */
final class DueMarks {

    private DueMarks() {
    }

    static String label(Messages messages, DueGroup group) {
        return messages.get("due.mark." + group.name()) + " " + messages.get("due.group." + group.name());
    }

    static String styleClass(DueGroup group) {
        return "due-" + group.name().toLowerCase().replace('_', '-');
    }

    static String days(Messages messages, DueItem item, LocalDate today) {
        Long days = item.daysLeft(today);
        if (days == null) {
            return "";
        }
        if (days < 0) {
            return messages.get("due.days.overdue", -days);
        }
        return days == 0 ? messages.get("due.days.today") : messages.get("due.days.left", days);
    }
}
