package com.creditdesk.ui.settings;

import com.creditdesk.logic.audit.AuditEntry;
import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.db.ServerAddress;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.TaskExecutor;
import com.creditdesk.ui.util.UiPreferences;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jooq.DSLContext;
import com.creditdesk.logic.backup.BackupService;
import com.creditdesk.logic.backup.PendingRestore;
import com.creditdesk.logic.db.DataDirectory;
import com.creditdesk.logic.db.Database;
import java.nio.file.Path;

/** 设置: language, where the data is, the campaigns (to delete the example) and the 操作记录. */
public final class SettingsViewModel {

    static final int AUDIT_ROWS = 500;

    private final LedgerService ledger;
    private final DSLContext dsl;
    private final TaskExecutor executor;
    private final Messages messages;
    private final UiPreferences preferences;
    private final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> audit = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    public SettingsViewModel(LedgerService ledger, DSLContext dsl, TaskExecutor executor, Messages messages,
                             UiPreferences preferences) {
        this.ledger = ledger;
        this.dsl = dsl;
        this.executor = executor;
        this.messages = messages;
        this.preferences = preferences;
    }

    public void load() {
        executor.execute(BackgroundTask.of(messages.get("task.loadSettings"), ledger::campaigns)
                .onSuccess(campaigns::setAll)
                .onFailure(this::showError));
        executor.execute(BackgroundTask.of(messages.get("task.loadSettings"), () -> new AuditLog(dsl).list(null, null, AUDIT_ROWS))
                .onSuccess(audit::setAll)
                .onFailure(this::showError));
    }

    public void deleteCampaign(Campaign campaign) {
        executor.execute(BackgroundTask.of(messages.get("task.saveTask"), () -> {
                    ledger.deleteCampaign(campaign.id());
                    return campaign;
                })
                .onSuccess(c -> {
                    message.set(messages.get("settings.campaign.deleted", c.name()));
                    load();
                })
                .onFailure(this::showError));
    }

    /** Backs up the database and file store to {@code out}. */
    public void backupTo(Database database, Path databaseFile, Path out) {
        executor.execute(BackgroundTask.of(messages.get("settings.backup.running"), () -> {
                    new BackupService().backup(database, DataDirectory.filesDirectory(databaseFile), out);
                    return out;
                })
                .onSuccess(path -> message.set(messages.get("settings.backup.done", path)))
                .onFailure(this::showError));
    }

    /** Verifies {@code backup} and schedules it for the next start; {@code onScheduled} then closes the app. */
    public void scheduleRestore(Path databaseFile, Path backup, Runnable onScheduled) {
        executor.execute(BackgroundTask.of(messages.get("settings.restore.verifying"), () -> {
                    PendingRestore.schedule(databaseFile, backup);
                    return backup;
                })
                .onSuccess(path -> {
                    message.set(messages.get("settings.restore.scheduled", path.getFileName()));
                    onScheduled.run();
                })
                .onFailure(this::showError));
    }

    /**
     * Works on the PostgreSQL server {@code url} from the next start (its password is asked then,
     * never stored); a blank URL goes back to the embedded database file.
     */
    public void chooseDatabase(String url, String user) {
        try {
            ServerAddress server = url == null || url.isBlank() ? null : new ServerAddress(url, user).withoutPassword();
            preferences.setServer(server);
            message.set(messages.get(server == null ? "settings.db.embeddedChosen" : "settings.db.serverChosen",
                    server == null ? "" : server.description()));
        } catch (UserFacingException e) {
            message.set(messages.describe(e));
        }
    }

    /** The server saved on this PC for the next start, or empty (embedded file). */
    public java.util.Optional<ServerAddress> savedServer() {
        return preferences.server();
    }

    /** The language takes effect at the next start: every screen is built in one language. */
    public void chooseLanguage(String tag) {
        preferences.setLanguage(tag);
        message.set(messages.get("settings.language.restart"));
    }

    public String currentLanguage() {
        String tag = preferences.language();
        return tag == null ? "zh" : tag;
    }

    private void showError(Throwable e) {
        message.set(messages.describe(e));
    }

    public ObservableList<Campaign> campaigns() {
        return campaigns;
    }

    public ObservableList<AuditEntry> audit() {
        return audit;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
