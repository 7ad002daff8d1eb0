package com.creditdesk.ui.audit;

import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditEntry;
import com.creditdesk.logic.audit.AuditExport;
import com.creditdesk.logic.audit.AuditFilter;
import com.creditdesk.logic.audit.AuditQuery;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.TaskExecutor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * 操作记录: the audit trail filtered by time range, user, object, action and text, read a page at
 * a time (a long history never loads at once), and exported as filtered to .xlsx.
 */
public final class AuditViewModel {

    public static final int PAGE_SIZE = 200;

    private final AuditQuery query;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty actor = new SimpleStringProperty();
    private final StringProperty entity = new SimpleStringProperty();
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();
    private final ObservableList<String> actors = FXCollections.observableArrayList();
    private final ObservableList<String> entities = FXCollections.observableArrayList();
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final IntegerProperty total = new SimpleIntegerProperty(0);
    private final StringProperty pageText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    /** The filter of the rows shown: paging and export use it, not half-typed filter fields. */
    private AuditFilter shown = AuditFilter.ANY;

    public AuditViewModel(AuditQuery query, TaskExecutor executor, Messages messages) {
        this.query = query;
        this.executor = executor;
        this.messages = messages;
    }

    /** Reads the drop-down choices and the first page with the current filter. */
    public void load() {
        executor.execute(BackgroundTask.of(messages.get("audit.loading"), () -> List.of(query.actors(), query.entities()))
                .onSuccess(choices -> {
                    actors.setAll(choices.get(0));
                    entities.setAll(choices.get(1));
                })
                .onFailure(this::showError));
        search();
    }

    public void search() {
        shown = new AuditFilter(from.get(), to.get(), blankToNull(actor.get()), blankToNull(entity.get()), action.get(),
                blankToNull(text.get()));
        loadPage(0);
    }

    public void clearFilter() {
        from.set(null);
        to.set(null);
        actor.set(null);
        entity.set(null);
        action.set(null);
        text.set("");
        search();
    }

    public void nextPage() {
        if ((page.get() + 1) * PAGE_SIZE < total.get()) {
            loadPage(page.get() + 1);
        }
    }

    public void previousPage() {
        if (page.get() > 0) {
            loadPage(page.get() - 1);
        }
    }

    private void loadPage(int number) {
        AuditFilter filter = shown;
        executor.execute(BackgroundTask.of(messages.get("audit.loading"),
                        () -> new PageResult(query.count(filter), query.page(filter, number * PAGE_SIZE, PAGE_SIZE)))
                .onSuccess(result -> {
                    rows.setAll(result.rows());
                    total.set(result.total());
                    page.set(number);
                    pageText.set(messages.get("audit.page", number + 1, Math.max(1, pages()), result.total()));
                    message.set("");
                })
                .onFailure(this::showError));
    }

    private record PageResult(int total, List<AuditEntry> rows) {
    }

    public int pages() {
        return (total.get() + PAGE_SIZE - 1) / PAGE_SIZE;
    }

    /** Writes every entry of the shown filter (all pages) to {@code out}. */
    public void exportTo(Path out) {
        AuditFilter filter = shown;
        executor.execute(BackgroundTask.of(messages.get("audit.export.button"),
                        () -> new AuditExport(query, messages).writeXlsx(filter, out))
                .onSuccess(count -> message.set(messages.get("audit.export.done", count, out)))
                .onFailure(this::showError));
    }

    private void showError(Throwable e) {
        message.set(messages.describe(e));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public StringProperty entityProperty() {
        return entity;
    }

    public ObjectProperty<AuditAction> actionProperty() {
        return action;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<AuditEntry> rows() {
        return rows;
    }

    public ObservableList<String> actors() {
        return actors;
    }

    public ObservableList<String> entities() {
        return entities;
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    public StringProperty pageTextProperty() {
        return pageText;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
