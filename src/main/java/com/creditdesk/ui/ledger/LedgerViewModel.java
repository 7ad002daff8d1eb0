package com.creditdesk.ui.ledger;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The 台账 screen's state: the campaigns, the ledger of the chosen one as a tree filtered by
 * unit, status and free text, and the task being edited. All database work goes through the
 * {@link TaskExecutor}.
 */
public final class LedgerViewModel {

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final Messages messages;

    private final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    private final ObjectProperty<Campaign> campaign = new SimpleObjectProperty<>();
    private final ObservableList<String> unitNames = FXCollections.observableArrayList();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<String> filterUnit = new SimpleObjectProperty<>();
    private final ObjectProperty<TaskStatus> filterStatus = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<TreeItem<LedgerRow>> root = new ReadOnlyObjectWrapper<>(new TreeItem<>());
    private final StringProperty errorMessage = new SimpleStringProperty();
    private final TaskEditorViewModel editor;
    private List<Task> tasks = List.of();

    public LedgerViewModel(LedgerService ledger, TaskExecutor executor, Messages messages) {
        this.ledger = ledger;
        this.executor = executor;
        this.messages = messages;
        this.editor = new TaskEditorViewModel(ledger, executor, messages, this::onTaskSaved);
        filterText.addListener((obs, old, now) -> rebuildTree());
        filterUnit.addListener((obs, old, now) -> rebuildTree());
        filterStatus.addListener((obs, old, now) -> rebuildTree());
        campaign.addListener((obs, old, now) -> reloadTasks(null));
    }

    /** Loads campaigns and the first campaign's ledger. */
    public void load() {
        loadAndSelect(null);
    }

    /** Loads campaigns and shows the campaign {@code campaignId} (e.g. one just imported), else as {@link #load()}. */
    public void loadAndSelect(Long campaignId) {
        executor.execute(BackgroundTask.of(messages.get("task.loadLedger"), ledger::campaigns)
                .onSuccess(list -> {
                    Campaign previous = campaignId == null ? campaign.get()
                            : list.stream().filter(c -> c.id() == campaignId).findFirst().orElse(campaign.get());
                    campaigns.setAll(list);
                    Campaign next = previous == null ? null
                            : list.stream().filter(c -> c.id() == previous.id()).findFirst().orElse(null);
                    if (next == null && !list.isEmpty()) {
                        next = list.get(0);
                    }
                    if (next != null && previous != null && next.id() == previous.id()) {
                        reloadTasks(null);
                    }
                    campaign.set(next);
                    if (next == null) {
                        tasks = List.of();
                        rebuildTree();
                    }
                })
                .onFailure(this::showError));
    }

    /** Reloads the ledger, then selects {@code selectId} (if not null) in the editor. */
    public void reloadTasks(Long selectId) {
        Campaign current = campaign.get();
        if (current == null) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.get("task.loadLedger"), () -> ledger.tasks(current.id()))
                .onSuccess(list -> {
                    tasks = List.copyOf(list);
                    TreeSet<String> names = new TreeSet<>();
                    list.forEach(t -> t.units().forEach(u -> names.add(u.unitName())));
                    String unit = filterUnit.get();
                    unitNames.setAll(names);
                    if (unit != null && !names.contains(unit)) {
                        filterUnit.set(null);
                    }
                    rebuildTree();
                    if (selectId != null) {
                        findTask(selectId).ifPresent(editor::edit);
                    }
                })
                .onFailure(this::showError));
    }

    /** Selects a task for editing, clearing the filters if they hide it. */
    public void selectTask(long taskId) {
        findTask(taskId).ifPresent(task -> {
            LedgerRow row = new LedgerRow(task);
            if (isFiltering() && !matches(row)) {
                filterText.set("");
                filterUnit.set(null);
                filterStatus.set(null);
            }
            editor.edit(task);
        });
    }

    public Optional<Task> findTask(long id) {
        return tasks.stream().filter(t -> t.id() == id).findFirst();
    }

    /** Rebuilds the tree: a section stays when it or one of its tasks matches the filters. */
    void rebuildTree() {
        TreeItem<LedgerRow> newRoot = new TreeItem<>();
        Map<Long, TreeItem<LedgerRow>> items = new LinkedHashMap<>();
        for (Task task : tasks) {
            TreeItem<LedgerRow> item = new TreeItem<>(new LedgerRow(task));
            item.setExpanded(true);
            items.put(task.id(), item);
        }
        for (Task task : tasks) {
            TreeItem<LedgerRow> parent = task.parentId() == null ? newRoot : items.getOrDefault(task.parentId(), newRoot);
            parent.getChildren().add(items.get(task.id()));
        }
        prune(newRoot);
        root.set(newRoot);
    }

    /** Removes non-matching leaves; returns whether anything under {@code item} is kept. */
    private boolean prune(TreeItem<LedgerRow> item) {
        List<TreeItem<LedgerRow>> kept = new ArrayList<>();
        for (TreeItem<LedgerRow> child : item.getChildren()) {
            if (prune(child)) {
                kept.add(child);
            }
        }
        item.getChildren().setAll(kept);
        LedgerRow row = item.getValue();
        boolean selfMatches = row != null && !row.isSection() && matches(row);
        return selfMatches || !kept.isEmpty() || (row != null && row.isSection() && !isFiltering());
    }

    private boolean isFiltering() {
        return filterUnit.get() != null || filterStatus.get() != null || !filterText.get().isBlank();
    }

    private boolean matches(LedgerRow row) {
        String text = filterText.get().strip();
        return (filterUnit.get() == null || row.mentionsUnit(filterUnit.get()))
                && (filterStatus.get() == null || row.task().status() == filterStatus.get())
                && (text.isEmpty() || row.containsText(text));
    }

    /** Number of tasks (not sections) the filters show. */
    public int visibleTaskCount() {
        return countTasks(root.get());
    }

    private static int countTasks(TreeItem<LedgerRow> item) {
        int n = item.getValue() != null && !item.getValue().isSection() ? 1 : 0;
        for (TreeItem<LedgerRow> child : item.getChildren()) {
            n += countTasks(child);
        }
        return n;
    }

    public void addTask(Long sectionId, String seqLabel, String title) {
        Campaign current = campaign.get();
        if (current == null) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.get("task.saveTask"),
                        () -> ledger.addTask(current.id(), sectionId, seqLabel, title))
                .onSuccess(this::reloadTasks)
                .onFailure(this::showError));
    }

    public void deleteTask(long taskId) {
        executor.execute(BackgroundTask.of(messages.get("task.saveTask"), () -> {
                    ledger.deleteTask(taskId);
                    return taskId;
                })
                .onSuccess(id -> {
                    editor.clear();
                    reloadTasks(null);
                })
                .onFailure(this::showError));
    }

    private void onTaskSaved(Task saved) {
        reloadTasks(saved.id());
    }

    void showError(Throwable error) {
        errorMessage.set(messages.describe(error));
    }

    public ObservableList<Campaign> campaigns() {
        return campaigns;
    }

    public ObjectProperty<Campaign> campaignProperty() {
        return campaign;
    }

    public ObservableList<String> unitNames() {
        return unitNames;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<String> filterUnitProperty() {
        return filterUnit;
    }

    public ObjectProperty<TaskStatus> filterStatusProperty() {
        return filterStatus;
    }

    public ReadOnlyObjectProperty<TreeItem<LedgerRow>> rootProperty() {
        return root.getReadOnlyProperty();
    }

    public StringProperty errorMessageProperty() {
        return errorMessage;
    }

    public TaskEditorViewModel editor() {
        return editor;
    }
}
