package com.creditdesk.ui.exchange;

import com.creditdesk.logic.exchange.ConflictService;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.exchange.ConflictChoice;
import com.creditdesk.model.exchange.ExchangeConflict;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.LinkedHashMap;
import java.util.Map;

/** The open conflicts of received packages, each with the coordinator's choice (null: decide later). */
public final class ConflictsViewModel {

    /** One conflict and what the coordinator chose for it. */
    public static final class Row {
        private final ExchangeConflict conflict;
        private final ObjectProperty<ConflictChoice> choice = new SimpleObjectProperty<>();

        Row(ExchangeConflict conflict) {
            this.conflict = conflict;
        }

        public ExchangeConflict conflict() {
            return conflict;
        }

        public ObjectProperty<ConflictChoice> choiceProperty() {
            return choice;
        }
    }

    private final ConflictService service;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    public ConflictsViewModel(ConflictService service, TaskExecutor executor, Messages messages) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
    }

    public void load() {
        executor.execute(BackgroundTask.of(messages.get("exchange.conflicts.loading"), service::open)
                .onSuccess(list -> {
                    rows.setAll(list.stream().map(Row::new).toList());
                    message.set(messages.get("exchange.conflicts.count", list.size()));
                })
                .onFailure(e -> message.set(messages.describe(e))));
    }

    public void chooseAll(ConflictChoice choice) {
        rows.forEach(r -> r.choiceProperty().set(choice));
    }

    /** Applies the rows with a choice (one transaction); the others stay open. */
    public void apply(Runnable onDone) {
        Map<Long, ConflictChoice> choices = new LinkedHashMap<>();
        rows.stream().filter(r -> r.choiceProperty().get() != null)
                .forEach(r -> choices.put(r.conflict().id(), r.choiceProperty().get()));
        executor.execute(BackgroundTask.of(messages.get("exchange.conflicts.saving"), () -> {
                    service.resolve(choices);
                    return choices.size();
                })
                .onSuccess(count -> {
                    message.set(messages.get("exchange.conflicts.saved", count));
                    onDone.run();
                })
                .onFailure(e -> message.set(messages.describe(e))));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
