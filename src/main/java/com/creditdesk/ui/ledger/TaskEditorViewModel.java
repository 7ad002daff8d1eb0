package com.creditdesk.ui.ledger;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.ledger.ConcurrentEditException;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.logic.ledger.UnitNames;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskEdit;
import com.creditdesk.model.ledger.TaskEdit.UnitAssignment;
import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.model.ledger.TaskUnit;
import com.creditdesk.model.ledger.UnitRole;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The side panel's form: a task's title, status, progress note and units, validated before
 * it can be saved; the source wording (完成时限, 责任单位 as written) is shown read-only beside it.
 */
public final class TaskEditorViewModel {

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Consumer<Task> onSaved;

    private final ObjectProperty<Task> task = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<TaskStatus> status = new SimpleObjectProperty<>(TaskStatus.NOT_STARTED);
    private final StringProperty progressNote = new SimpleStringProperty("");
    private final StringProperty leadUnits = new SimpleStringProperty("");
    private final StringProperty responsibleUnits = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    /** Someone else saved the task meanwhile: the pane offers to reload it. */
    private final BooleanProperty conflict = new SimpleBooleanProperty(false);
    private final StringBinding validationError;
    private final BooleanBinding canSave;

    TaskEditorViewModel(LedgerService ledger, TaskExecutor executor, Messages messages, Consumer<Task> onSaved) {
        this.ledger = ledger;
        this.executor = executor;
        this.messages = messages;
        this.onSaved = onSaved;
        validationError = Bindings.createStringBinding(this::validate, task, title, progressNote);
        canSave = Bindings.createBooleanBinding(() -> task.get() != null && validate().isEmpty(),
                task, title, progressNote);
    }

    private String validate() {
        if (task.get() == null) {
            return "";
        }
        String t = title.get() == null ? "" : title.get().strip();
        if (t.isEmpty()) {
            return messages.get("error.task.titleRequired");
        }
        if (t.length() > LedgerService.MAX_TITLE_LENGTH) {
            return messages.get("error.task.titleTooLong", LedgerService.MAX_TITLE_LENGTH);
        }
        String note = progressNote.get();
        if (note != null && note.length() > LedgerService.MAX_NOTE_LENGTH) {
            return messages.get("error.task.noteTooLong", LedgerService.MAX_NOTE_LENGTH);
        }
        return "";
    }

    public void edit(Task selected) {
        Task previous = task.get();
        if (previous == null || selected == null || previous.id() != selected.id()) {
            message.set("");
        }
        conflict.set(false);
        task.set(selected);
        if (selected == null) {
            title.set("");
            progressNote.set("");
            leadUnits.set("");
            responsibleUnits.set("");
            status.set(TaskStatus.NOT_STARTED);
            return;
        }
        title.set(selected.title());
        status.set(selected.status());
        progressNote.set(selected.progressNote() == null ? "" : selected.progressNote());
        leadUnits.set(names(selected.unitsIn(UnitRole.LEAD)));
        responsibleUnits.set(selected.units().stream().filter(u -> u.role() != UnitRole.LEAD)
                .map(TaskUnit::unitName).collect(Collectors.joining("、")));
    }

    public void clear() {
        edit(null);
    }

    private static String names(List<TaskUnit> units) {
        return units.stream().map(TaskUnit::unitName).collect(Collectors.joining("、"));
    }

    public void save() {
        Task current = task.get();
        if (current == null || !canSave.get()) {
            return;
        }
        List<UnitAssignment> units = new ArrayList<>();
        UnitNames.split(leadUnits.get()).forEach(n -> units.add(new UnitAssignment(n, UnitRole.LEAD)));
        // Cooperating units keep their role; everything else typed here is responsible.
        List<String> cooperating = current.unitsIn(UnitRole.COOPERATING).stream().map(TaskUnit::unitName).toList();
        UnitNames.split(responsibleUnits.get()).forEach(n -> units.add(new UnitAssignment(n,
                cooperating.contains(n) ? UnitRole.COOPERATING : UnitRole.RESPONSIBLE)));
        String note = progressNote.get() == null || progressNote.get().isBlank() ? null : progressNote.get();
        TaskEdit edit = new TaskEdit(current.id(), current.version(), title.get(), status.get(), note, units);
        executor.execute(BackgroundTask.of(messages.get("task.saveTask"), () -> ledger.updateTask(edit))
                .onSuccess(saved -> {
                    task.set(saved);
                    message.set(messages.get("ledger.editor.saved"));
                    onSaved.accept(saved);
                })
                .onFailure(error -> {
                    message.set(messages.describe(error));
                    conflict.set(error instanceof ConcurrentEditException);
                }));
    }

    /** Reads the task again as stored (after a conflict), dropping the unsaved edits. */
    public void reload() {
        Task current = task.get();
        if (current == null) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.get("task.loadLedger"), () -> ledger.task(current.id()))
                .onSuccess(found -> {
                    edit(found.orElse(null));
                    message.set(messages.get(found.isPresent() ? "ledger.editor.reloaded" : "error.task.gone"));
                })
                .onFailure(error -> message.set(messages.describe(error))));
    }

    public BooleanProperty conflictProperty() {
        return conflict;
    }

    public ObjectProperty<Task> taskProperty() {
        return task;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<TaskStatus> statusProperty() {
        return status;
    }

    public StringProperty progressNoteProperty() {
        return progressNote;
    }

    public StringProperty leadUnitsProperty() {
        return leadUnits;
    }

    public StringProperty responsibleUnitsProperty() {
        return responsibleUnits;
    }

    /** The result of the last save (success or the error in the user's language). */
    public StringProperty messageProperty() {
        return message;
    }

    public StringBinding validationErrorProperty() {
        return validationError;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }
}
