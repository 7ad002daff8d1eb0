package com.creditdesk.ui;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.ui.util.TaskExecutor;
import com.creditdesk.ui.util.UiPreferences;

import java.nio.file.Path;

/** What the screens are built from, handed down by constructor (no global lookups). */
public record AppServices(Database database, Path databaseFile, LedgerService ledger, TaskExecutor executor,
                          Messages messages, UiPreferences preferences) {
}
