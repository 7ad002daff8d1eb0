package com.creditdesk.ui;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.deadline.DeadlineBoard;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.ui.util.TaskExecutor;
import com.creditdesk.ui.util.UiPreferences;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/** What the screens are built from, handed down by constructor (no global lookups). */
public record AppServices(Database database, Path databaseFile, LedgerService ledger, DeadlineBoard deadlineBoard,
                          TaskExecutor executor, Messages messages, UiPreferences preferences, Clock clock) {

    /** False for a read-only (leader) account: the screens disable their write controls. */
    public boolean canWrite() {
        return ledger.scope().role().canWrite();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
