package com.creditdesk.ui.reports;

import com.creditdesk.logic.deadline.DeadlineService;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.report.PageLayout;
import com.creditdesk.logic.report.ReportFormat;
import com.creditdesk.logic.report.ReportKind;
import com.creditdesk.logic.report.ReportRequest;
import com.creditdesk.logic.report.ReportService;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.Unit;
import com.creditdesk.ui.AppServices;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The 报表 screen's state: which report, for which unit (null: all), in which format and as of
 * which day; exporting runs in the background and ends with a message naming the file.
 */
public final class ReportsViewModel {

    private final ReportService reports;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObjectProperty<ReportKind> kind = new SimpleObjectProperty<>(ReportKind.LEDGER);
    private final ObjectProperty<ReportFormat> format = new SimpleObjectProperty<>(ReportFormat.XLSX);
    private final StringProperty unit = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(LocalDate.now());
    private final ObservableList<String> unitNames = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Path> lastExported = new SimpleObjectProperty<>();
    private final ScoreSheetChoice scoreSheet;

    public ReportsViewModel(ReportService reports, TaskExecutor executor, Messages messages) {
        this.reports = reports;
        this.executor = executor;
        this.messages = messages;
        this.scoreSheet = new ScoreSheetChoice(reports, executor, messages, this::showFailure);
    }

    /** The view model over the application's database, ledger and background executor. */
    public static ReportsViewModel create(AppServices services) {
        DeadlineService deadlines = new DeadlineService(services.database().dsl(), services.ledger().scope(),
                services.deadlineBoard());
        ReportsViewModel vm = new ReportsViewModel(new ReportService(services.database().dsl(), services.ledger(), deadlines,
                services.messages()),
                services.executor(), services.messages());
        vm.todayProperty().set(services.today());
        return vm;
    }

    /** Loads the names of the units that have tasks in the current campaign, the systems and scenarios. */
    public void load() {
        scoreSheet.load();
        executor.execute(BackgroundTask.of(messages.get("task.loadUnits"), () -> {
                    List<Campaign> campaigns = reports.campaigns();
                    return campaigns.isEmpty() ? List.<String>of()
                            : reports.unitsWithTasks(campaigns.get(0).id()).stream().map(Unit::name).toList();
                })
                .onSuccess(names -> {
                    String chosen = unit.get();
                    unitNames.setAll(names);
                    unit.set(chosen != null && names.contains(chosen) ? chosen : null);
                })
                .onFailure(this::showFailure));
    }

    /** A file name to offer in the save dialog, e.g. 工作台账-2021-06-20.xlsx, 自评打分表-现状-冲刺-2021-06-20.pdf. */
    public String suggestedFileName() {
        String name = messages.get("reports.kind." + kind.get().name());
        String forUnit = kind.get().scoring() ? scoreSheet.chosenScenarios().stream().map(n -> "-" + n)
                .collect(java.util.stream.Collectors.joining()) : unit.get() == null ? "" : "-" + unit.get();
        return (name + forUnit + "-" + today.get()).replaceAll("[\\\\/:*?\"<>|]", "_") + "." + format.get().extension();
    }

    /** Lays the report out in the background and hands its pages to {@code show} (the print preview). */
    public void preparePreview(Consumer<List<PageLayout>> show) {
        ReportRequest request = request();
        busy.set(true);
        executor.execute(BackgroundTask.of(messages.get("reports.preparing"), () -> reports.pages(request))
                .onSuccess(pages -> {
                    busy.set(false);
                    message.set("");
                    show.accept(pages);
                })
                .onFailure(this::failed));
    }

    public String previewTitle(int pageCount) {
        return messages.get("reports.previewTitle", messages.get("reports.kind." + kind.get().name()), pageCount);
    }

    private ReportRequest request() {
        LocalDate day = today.get() == null ? LocalDate.now() : today.get();
        return kind.get().scoring() ? ReportRequest.scoreSheet(null, day, scoreSheet.systemCode(), scoreSheet.chosenScenarios())
                : new ReportRequest(kind.get(), null, unit.get(), day);
    }

    public void export(Path file) {
        ReportRequest request = request();
        ReportFormat chosenFormat = format.get();
        busy.set(true);
        message.set(messages.get("reports.exporting", file.getFileName()));
        executor.execute(BackgroundTask.of(messages.get("reports.exporting", file.getFileName()),
                        () -> reports.export(request, chosenFormat, file))
                .onSuccess(path -> {
                    busy.set(false);
                    lastExported.set(path);
                    message.set(messages.get("reports.exported", path));
                })
                .onFailure(this::failed));
    }

    private void failed(Throwable e) {
        busy.set(false);
        showFailure(e);
    }

    private void showFailure(Throwable e) {
        message.set(messages.describe(e));
    }

    /** The system and scenarios of the 自评打分表. */
    public ScoreSheetChoice scoreSheet() {
        return scoreSheet;
    }

    public ObjectProperty<ReportKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<ReportFormat> formatProperty() {
        return format;
    }

    /** The unit's name, or null for all units. */
    public StringProperty unitProperty() {
        return unit;
    }

    public ObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    public ObservableList<String> unitNames() {
        return unitNames;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<Path> lastExportedProperty() {
        return lastExported;
    }
}
