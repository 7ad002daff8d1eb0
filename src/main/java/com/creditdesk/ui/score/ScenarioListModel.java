package com.creditdesk.ui.score;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.scoring.ScenarioService;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.Scenario;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The scenarios of the chosen system in the chosen campaign: listing (a "当前" filled from the
 * ledger is created the first time), creating, copying, deleting, saving, and taking the ledger's
 * values again. All database work goes through the {@link TaskExecutor}.
 */
final class ScenarioListModel {

    private final ScenarioService service;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableValue<Campaign> campaign;
    private final Supplier<IndicatorSystem> system;
    private final StringProperty status;
    private final Consumer<Throwable> onError;
    private final ObservableList<Scenario> list = FXCollections.observableArrayList();
    private final ObjectProperty<Scenario> chosen = new SimpleObjectProperty<>();

    ScenarioListModel(ScenarioService service, TaskExecutor executor, Messages messages, ObservableValue<Campaign> campaign,
                      Supplier<IndicatorSystem> system, StringProperty status, Consumer<Throwable> onError) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.campaign = campaign;
        this.system = system;
        this.status = status;
        this.onError = onError;
    }

    ObservableList<Scenario> list() {
        return list;
    }

    ObjectProperty<Scenario> chosen() {
        return chosen;
    }

    ScenarioService service() {
        return service;
    }

    /** Lists the scenarios again and chooses {@code selectId} (or the first); re-chosen even if unchanged. */
    void reload(Long selectId) {
        IndicatorSystem current = system.get();
        Campaign owner = campaign.getValue();
        if (current == null || owner == null) {
            list.clear();
            chosen.set(null);
            return;
        }
        String currentName = messages.get("score.scenario.currentName");
        executor.execute(BackgroundTask.of(messages.get("score.task.load"), () -> {
                    List<Scenario> found = service.list(owner.id(), current.code());
                    if (found.isEmpty()) {
                        // every system starts with a "当前" scenario: the ledger's values, the rest missing
                        service.createCurrent(owner.id(), current.code(), currentName);
                        found = service.list(owner.id(), current.code());
                    }
                    return found;
                })
                .onSuccess(found -> {
                    if (current != system.get()) {
                        return;
                    }
                    list.setAll(found);
                    Scenario next = found.stream().filter(s -> selectId != null && s.id() == selectId).findFirst()
                            .orElse(found.get(0));
                    chosen.set(null);
                    chosen.set(next);
                })
                .onFailure(onError::accept));
    }

    /** Writes the scenario's values (never the ledger); {@code onSaved} gets the values written. */
    void save(Map<String, Object> snapshot, Consumer<Map<String, Object>> onSaved) {
        Scenario target = chosen.get();
        if (target == null) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.get("score.task.save"), () -> service.save(target.id(), snapshot))
                .onSuccess(changed -> {
                    onSaved.accept(snapshot);
                    status.set(messages.get("score.saved", target.name(), changed));
                })
                .onFailure(onError::accept));
    }

    /** A new scenario with all inputs empty. */
    void create(String name) {
        IndicatorSystem current = system.get();
        Campaign owner = campaign.getValue();
        if (current == null || owner == null) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.get("score.task.save"),
                        () -> service.createEmpty(owner.id(), current.code(), name))
                .onSuccess(created -> reload(created.id()))
                .onFailure(onError::accept));
    }

    /** Copies the chosen scenario, with the unsaved values given, under a new name. */
    void copy(String name, Map<String, Object> snapshot) {
        Scenario source = chosen.get();
        if (source == null) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.get("score.task.save"), () -> {
                    Scenario copy = service.copy(source.id(), name);
                    service.save(copy.id(), snapshot);
                    return copy;
                })
                .onSuccess(copy -> reload(copy.id()))
                .onFailure(onError::accept));
    }

    void delete() {
        Scenario target = chosen.get();
        if (target == null) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.get("score.task.save"), () -> {
                    service.delete(target.id());
                    return target;
                })
                .onSuccess(deleted -> {
                    status.set(messages.get("score.deleted", deleted.name()));
                    reload(null);
                })
                .onFailure(onError::accept));
    }

    /** Takes the ledger's values again (hand-typed values stay) and shows the scenario anew. */
    void refreshFromLedger() {
        Scenario target = chosen.get();
        if (target == null) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.get("score.task.save"), () -> service.refreshFromLedger(target.id()))
                .onSuccess(changed -> {
                    status.set(messages.get("score.ledger.refreshed", target.name(), changed));
                    reload(target.id());
                })
                .onFailure(onError::accept));
    }
}
