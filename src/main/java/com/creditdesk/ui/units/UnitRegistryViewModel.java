package com.creditdesk.ui.units;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.ledger.UnitRegistryService;
import com.creditdesk.model.ledger.Unit;
import com.creditdesk.model.ledger.UnitKind;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.TaskExecutor;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.concurrent.Callable;

/** 单位名录: every registry unit with its kind and aliases; rename, change kind, add/remove aliases. */
public final class UnitRegistryViewModel {

    private final UnitRegistryService registry;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final FilteredList<Unit> filtered = new FilteredList<>(units);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public UnitRegistryViewModel(UnitRegistryService registry, TaskExecutor executor, Messages messages) {
        this.registry = registry;
        this.executor = executor;
        this.messages = messages;
        filterText.addListener((obs, old, now) -> {
            String text = now == null ? "" : now.strip();
            filtered.setPredicate(u -> text.isEmpty() || u.name().contains(text)
                    || u.aliases().stream().anyMatch(a -> a.contains(text)));
        });
    }

    public void load() {
        executor.execute(BackgroundTask.of(messages.get("task.loadUnits"), registry::units)
                .onSuccess(list -> {
                    units.setAll(list);
                    message.set(messages.get("registry.summary", list.size()));
                })
                .onFailure(this::showError));
    }

    public void rename(Unit unit, String newName, boolean keepOldAsAlias) {
        save(() -> registry.rename(unit.id(), newName, keepOldAsAlias));
    }

    public void changeKind(Unit unit, UnitKind kind) {
        save(() -> registry.changeKind(unit.id(), kind));
    }

    public void addAlias(Unit unit, String alias) {
        save(() -> registry.addAlias(unit.id(), alias));
    }

    public void removeAlias(Unit unit, String alias) {
        save(() -> registry.removeAlias(unit.id(), alias));
    }

    /** Merges a duplicate (县发改局) into the unit kept (县发展和改革局); the duplicate's name becomes an alias. */
    public void merge(Unit duplicate, Unit kept) {
        if (duplicate == null || kept == null) {
            message.set(messages.get("registry.mergeChoose"));
            return;
        }
        save(() -> registry.merge(duplicate.id(), kept.id()), messages.get("registry.merged", duplicate.name(), kept.name()));
    }

    /** Every unit but {@code unit}, by name: what it can be merged into. */
    public List<Unit> mergeTargets(Unit unit) {
        return units.stream().filter(u -> unit == null || u.id() != unit.id()).toList();
    }

    private void save(Runnable change) {
        save(change, messages.get("registry.saved"));
    }

    private void save(Runnable change, String done) {
        Callable<List<Unit>> work = () -> {
            change.run();
            return registry.units();
        };
        executor.execute(BackgroundTask.of(messages.get("task.saveRegistry"), work)
                .onSuccess(list -> {
                    units.setAll(list);
                    message.set(done);
                })
                .onFailure(this::showError));
    }

    private void showError(Throwable e) {
        message.set(messages.describe(e));
    }

    /** The unit with this id as last loaded (the table's rows are replaced after every save). */
    public Unit find(long id) {
        return units.stream().filter(u -> u.id() == id).findFirst().orElse(null);
    }

    public ObservableList<Unit> units() {
        return filtered;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
