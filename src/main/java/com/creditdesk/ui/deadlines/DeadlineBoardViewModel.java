package com.creditdesk.ui.deadlines;

import com.creditdesk.logic.deadline.DeadlineBoard;
import com.creditdesk.logic.deadline.DeadlineService;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.deadline.DueGroup;
import com.creditdesk.model.deadline.DueItem;
import com.creditdesk.model.deadline.UnitDueSummary;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * 期限: the deadline board of the campaign chosen in the ledger — items grouped overdue / due in
 * 7 days / in 30 days / ongoing / to review, filters by unit and group, the per-unit summary,
 * a month calendar, and the coordinator's date overrides and done occurrences.
 */
public final class DeadlineBoardViewModel {

    private final DeadlineService service;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final ReadOnlyObjectProperty<Campaign> campaign;

    private List<DueItem> allItems = List.of();
    private final ObservableList<DueItem> items = FXCollections.observableArrayList();
    private final ObservableList<UnitDueSummary> unitSummaries = FXCollections.observableArrayList();
    private final ObservableList<String> unitNames = FXCollections.observableArrayList();
    private final ObjectProperty<String> filterUnit = new SimpleObjectProperty<>();
    private final ObjectProperty<DueGroup> filterGroup = new SimpleObjectProperty<>();
    private final BooleanProperty showDone = new SimpleBooleanProperty(false);
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObjectProperty<DueItem> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> overrideDate = new SimpleObjectProperty<>();
    private final StringProperty overrideNote = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final Map<DueGroup, Integer> counts = new EnumMap<>(DueGroup.class);

    public DeadlineBoardViewModel(DeadlineService service, TaskExecutor executor, Messages messages,
                                  Supplier<LocalDate> today, ReadOnlyObjectProperty<Campaign> campaign) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.today = today;
        this.campaign = campaign;
        month.set(YearMonth.from(today.get()));
        filterUnit.addListener((obs, old, now) -> applyFilters());
        filterGroup.addListener((obs, old, now) -> applyFilters());
        showDone.addListener((obs, old, now) -> applyFilters());
        campaign.addListener((obs, old, now) -> load());
        selected.addListener((obs, old, item) -> {
            overrideDate.set(item == null ? null : item.due());
            overrideNote.set("");
        });
    }

    public void load() {
        Campaign current = campaign.get();
        if (current == null) {
            setItems(List.of());
            return;
        }
        LocalDate day = today.get();
        executor.execute(BackgroundTask.of(messages.get("task.loadDeadlines"), () -> service.items(current.id(), day))
                .onSuccess(this::setItems)
                .onFailure(this::showError));
    }

    private void setItems(List<DueItem> loaded) {
        allItems = List.copyOf(loaded);
        counts.clear();
        for (DueGroup group : DueGroup.values()) {
            counts.put(group, 0);
        }
        TreeSet<String> units = new TreeSet<>();
        for (DueItem item : allItems) {
            counts.merge(item.group(), 1, Integer::sum);
            units.addAll(item.units());
        }
        String unit = filterUnit.get();
        unitNames.setAll(units);
        if (unit != null && !units.contains(unit)) {
            filterUnit.set(null);
        }
        unitSummaries.setAll(DeadlineBoard.byUnit(allItems));
        summary.set(messages.get("due.summary", counts.get(DueGroup.OVERDUE), counts.get(DueGroup.DUE_7),
                counts.get(DueGroup.DUE_30), counts.get(DueGroup.ONGOING), counts.get(DueGroup.REVIEW),
                counts.get(DueGroup.DONE)));
        applyFilters();
        DueItem previous = selected.get();
        if (previous != null) {
            selected.set(allItems.stream().filter(i -> sameLine(i, previous)).findFirst().orElse(null));
        }
    }

    private static boolean sameLine(DueItem a, DueItem b) {
        return a.taskId() == b.taskId() && a.source() == b.source()
                && java.util.Objects.equals(a.requirementId(), b.requirementId()) && a.units().equals(b.units())
                && java.util.Objects.equals(a.label(), b.label())
                && (a.occurrence() ? java.util.Objects.equals(a.due(), b.due()) : a.occurrence() == b.occurrence());
    }

    private void applyFilters() {
        items.setAll(allItems.stream()
                .filter(i -> filterUnit.get() == null || i.units().contains(filterUnit.get()))
                .filter(i -> filterGroup.get() == null || i.group() == filterGroup.get())
                .filter(i -> showDone.get() || filterGroup.get() == DueGroup.DONE || i.group() != DueGroup.DONE)
                .toList());
    }

    public int count(DueGroup group) {
        return counts.getOrDefault(group, 0);
    }

    /** Items of the filtered list due on one day, for the calendar. */
    public List<DueItem> itemsOn(LocalDate day) {
        return items.stream().filter(i -> day.equals(i.due())).toList();
    }

    public void saveOverride() {
        DueItem item = selected.get();
        if (item == null || item.isEvidence() || overrideDate.get() == null) {
            message.set(messages.get("due.override.needDate"));
            return;
        }
        LocalDate date = overrideDate.get();
        String note = overrideNote.get();
        executor.execute(BackgroundTask.of(messages.get("task.saveTask"), () -> {
                    service.overrideDue(item.taskId(), date, note);
                    return date;
                })
                .onSuccess(d -> {
                    message.set(messages.get("due.override.saved", d));
                    load();
                })
                .onFailure(this::showError));
    }

    public void clearOverride() {
        DueItem item = selected.get();
        if (item == null || item.isEvidence() || !item.overridden()) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.get("task.saveTask"), () -> {
                    service.overrideDue(item.taskId(), null, null);
                    return item;
                })
                .onSuccess(i -> {
                    message.set(messages.get("due.override.cleared"));
                    load();
                })
                .onFailure(this::showError));
    }

    /** Marks the selected recurring occurrence done, or not done again. */
    public void toggleOccurrenceDone() {
        DueItem item = selected.get();
        if (item == null || !item.occurrence()) {
            return;
        }
        boolean done = !item.done();
        executor.execute(BackgroundTask.of(messages.get("task.saveTask"), () -> {
                    service.setOccurrenceDone(item.taskId(), item.due(), done);
                    return done;
                })
                .onSuccess(d -> {
                    message.set(messages.get(d ? "due.occurrence.done" : "due.occurrence.open", item.due()));
                    load();
                })
                .onFailure(this::showError));
    }

    private void showError(Throwable e) {
        message.set(messages.describe(e));
    }

    public LocalDate today() {
        return today.get();
    }

    public ObservableList<DueItem> items() {
        return items;
    }

    public ObservableList<UnitDueSummary> unitSummaries() {
        return unitSummaries;
    }

    public ObservableList<String> unitNames() {
        return unitNames;
    }

    public ObjectProperty<String> filterUnitProperty() {
        return filterUnit;
    }

    public ObjectProperty<DueGroup> filterGroupProperty() {
        return filterGroup;
    }

    public BooleanProperty showDoneProperty() {
        return showDone;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObjectProperty<DueItem> selectedProperty() {
        return selected;
    }

    public ObjectProperty<LocalDate> overrideDateProperty() {
        return overrideDate;
    }

    public StringProperty overrideNoteProperty() {
        return overrideNote;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
