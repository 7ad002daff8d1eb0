package com.creditdesk.ui;

import com.creditdesk.logic.AppVersion;
import com.creditdesk.logic.backup.AutoBackup;
import com.creditdesk.logic.backup.BackupService;
import com.creditdesk.logic.db.DataDirectory;
import com.creditdesk.logic.county.CountyProfile;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.deadline.DeadlineService;
import com.creditdesk.model.deadline.DueGroup;
import com.creditdesk.model.deadline.DueItem;
import com.creditdesk.ui.deadlines.DeadlineBoardView;
import com.creditdesk.ui.deadlines.DeadlineBoardViewModel;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.ReadOnlyScreens;
import org.controlsfx.control.Notifications;
import javafx.util.Duration;
import java.util.List;
import com.creditdesk.logic.ledger.UnitRegistryService;
import com.creditdesk.logic.audit.AuditQuery;
import com.creditdesk.ui.audit.AuditView;
import com.creditdesk.ui.audit.AuditViewModel;
import com.creditdesk.ui.evidence.EvidenceToolsMenu;
import com.creditdesk.ui.exchange.ExchangeMenu;
import com.creditdesk.ui.evidence.EvidenceView;
import com.creditdesk.ui.evidence.EvidenceViewModel;
import com.creditdesk.ui.importer.ImportDialog;
import com.creditdesk.ui.ledger.LedgerView;
import com.creditdesk.ui.ledger.LedgerViewModel;
import com.creditdesk.ui.reports.ReportsView;
import com.creditdesk.ui.reports.ReportsViewModel;
import com.creditdesk.ui.score.ScoreServices;
import com.creditdesk.ui.score.ScoreView;
import com.creditdesk.ui.score.ScoreViewModel;
import com.creditdesk.ui.settings.SettingsView;
import com.creditdesk.ui.settings.SettingsViewModel;
import com.creditdesk.ui.units.UnitRegistryView;
import com.creditdesk.ui.units.UnitRegistryViewModel;
import com.creditdesk.ui.units.UnitsView;
import com.creditdesk.ui.units.UnitsViewModel;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The main window: navigation on the left (台账, 期限, 佐证材料, 评分模拟, 报表, 设置), the chosen
 * screen in the middle, background work in the status bar. Screens are built on first visit.
 */
public final class MainWindow extends BorderPane {

    private final AppServices services;
    private final Messages messages;
    private final LedgerViewModel ledgerViewModel;
    private final DeadlineBoardViewModel deadlineViewModel;
    private final EvidenceViewModel evidenceViewModel;
    private final Map<String, Supplier<Node>> screenFactories = new LinkedHashMap<>();
    private final Map<String, Node> screens = new LinkedHashMap<>();
    private final Map<String, Runnable> onShow = new LinkedHashMap<>();
    private final ToggleGroup navigation = new ToggleGroup();
    private String countyLine = "";

    MainWindow(AppServices services, StatusIndicator status) {
        this.services = services;
        this.messages = services.messages();
        setId("mainWindow");
        ledgerViewModel = new LedgerViewModel(services.ledger(), services.executor(), messages);
        UnitsViewModel unitsViewModel = new UnitsViewModel(services.ledger(), services.executor(), messages);
        SettingsViewModel settingsViewModel = new SettingsViewModel(services.ledger(), services.database().dsl(),
                services.executor(), messages, services.preferences());

        register("ledger", () -> new LedgerView(ledgerViewModel, messages, services.preferences()), () -> { });
        DeadlineService deadlines = new DeadlineService(services.database().dsl(), services.ledger().scope(),
                services.deadlineBoard());
        deadlineViewModel = new DeadlineBoardViewModel(deadlines, services.executor(), messages, services::today,
                ledgerViewModel.campaignProperty());
        register("deadlines", () -> new DeadlineBoardView(deadlineViewModel, messages, this::openTask), deadlineViewModel::load);
        evidenceViewModel = EvidenceViewModel.create(services, ledgerViewModel.campaignProperty());
        register("evidence", () -> new EvidenceView(evidenceViewModel, messages), evidenceViewModel::load);
        ScoreViewModel scoreViewModel = new ScoreViewModel(ScoreServices.of(services.database().dsl(),
                services.ledger().scope(), messages, services::today), services.executor(), messages, ledgerViewModel.campaignProperty());
        register("score", () -> new ScoreView(scoreViewModel, messages), scoreViewModel::load);
        ReportsViewModel reportsViewModel = ReportsViewModel.create(services);
        register("reports", () -> new ReportsView(reportsViewModel, messages, new UnitsView(unitsViewModel, messages, "reports.intro")),
                () -> { reportsViewModel.load(); unitsViewModel.load(); });
        UnitRegistryViewModel registryViewModel = new UnitRegistryViewModel(
                new UnitRegistryService(services.database().dsl(), services.ledger().scope()), services.executor(), messages);
        register("unitRegistry", () -> new UnitRegistryView(registryViewModel, messages), registryViewModel::load);
        var auditViewModel = new AuditViewModel(new AuditQuery(services.database().dsl()), services.executor(), messages);
        register("audit", () -> new AuditView(auditViewModel, messages), auditViewModel::load);
        register("settings", () -> new SettingsView(settingsViewModel, messages, services.database(), services.databaseFile()), settingsViewModel::load);

        setTop(buildMenu());
        setLeft(buildNavigation());
        setBottom(status.bar());
        ledgerViewModel.load();
        ImportDialog.acceptDroppedFiles(this, this::openImport);
    }

    /** Opens 导入通知 (reading {@code file} at once when given); the ledger then shows the new campaign. */
    public ImportDialog openImport(Path file) {
        return ImportDialog.open(getScene() == null ? null : getScene().getWindow(), services, file, result -> {
            ledgerViewModel.loadAndSelect(result.campaignId());
            show("ledger");
        });
    }

    private void register(String id, Supplier<Node> factory, Runnable refresh) {
        screenFactories.put(id, factory);
        onShow.put(id, refresh);
    }

    private MenuBar buildMenu() {
        MenuItem quit = new MenuItem(messages.get("menu.file.quit"));
        quit.setOnAction(e -> Platform.exit());
        MenuItem importNotice = new MenuItem(messages.get("menu.file.import"));
        importNotice.setOnAction(e -> openImport(null));
        importNotice.setDisable(!services.canWrite());
        Menu file = new Menu(messages.get("menu.file"), null, importNotice, quit);
        file.getItems().addAll(1, new ExchangeMenu(services, () -> getScene().getWindow(), ledgerViewModel::load).items());
        MenuItem about = new MenuItem(messages.get("menu.help.about"));
        about.setOnAction(e -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION,
                    messages.get("about.text", AppVersion.current(), services.databaseFile()) + countyLine);
            alert.setHeaderText(messages.get("app.title"));
            alert.setTitle(messages.get("menu.help.about"));
            alert.showAndWait();
        });
        Menu help = new Menu(messages.get("menu.help"), null, about);
        return new MenuBar(file, new EvidenceToolsMenu(evidenceViewModel.tools(), messages, this), help);
    }

    private VBox buildNavigation() {
        VBox box = new VBox(4);
        box.setId("navigation");
        box.getStyleClass().add("navigation");
        box.setPadding(new Insets(8));
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add("app-title");
        box.getChildren().add(title);
        for (String id : screenFactories.keySet()) {
            ToggleButton button = new ToggleButton(messages.get("nav." + id));
            button.setId("nav-" + id);
            button.setToggleGroup(navigation);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(e -> show(id));
            box.getChildren().add(button);
        }
        return box;
    }

    /** The county of an installer-built package: under the title and in 帮助→关于. */
    void showCounty(CountyProfile county) {
        countyLine = "\n" + messages.get("about.county", county.name(), county.parentCity(), county.code());
        Label name = new Label(county.name());
        name.setId("county-name");
        name.getStyleClass().add("app-title");
        ((VBox) getLeft()).getChildren().add(1, name);
    }

    /** Shows a screen by id (ledger, deadlines, evidence, reports, unitRegistry, settings). */
    public void show(String id) {
        Node screen = screens.computeIfAbsent(id, key -> screenFactories.get(key).get());
        navigation.getToggles().stream()
                .filter(t -> ((ToggleButton) t).getId().equals("nav-" + id))
                .findFirst().ifPresent(t -> t.setSelected(true));
        setCenter(screen);
        if (!services.canWrite()) {
            ReadOnlyScreens.lock(screen);
        }
        onShow.get(id).run();
    }

    /** Shows the ledger with one task selected in the editor (click-through from other screens). */
    public void openTask(long taskId) {
        show("ledger");
        ledgerViewModel.selectTask(taskId);
    }

    /** Today's automatic backup (at most one a day, old ones pruned), in the background. */
    void runAutoBackup() {
        if (services.database().isServer()) {
            return; // the server's backups are the IT department's (pg_dump), not one PC's
        }
        services.executor().execute(BackgroundTask.of(messages.get("settings.backup.running"), () ->
                new AutoBackup(new BackupService()).runIfDue(services.database(),
                        DataDirectory.filesDirectory(services.databaseFile()),
                        DataDirectory.backupDirectory(services.databaseFile()), services.today())));
    }

    /** A start-up notice with today's overdue and due-this-week counts; clicking opens the board. */
    void notifyDeadlines() {
        services.executor().execute(BackgroundTask.of(messages.get("task.loadDeadlines"), () -> {
                    List<com.creditdesk.model.ledger.Campaign> campaigns = services.ledger().campaigns();
                    if (campaigns.isEmpty()) {
                        return List.<DueItem>of();
                    }
                    return new DeadlineService(services.database().dsl(), services.ledger().scope(), services.deadlineBoard())
                            .items(campaigns.get(0).id(), services.today());
                })
                .onSuccess(items -> {
                    long overdue = items.stream().filter(i -> i.group() == DueGroup.OVERDUE).count();
                    long soon = items.stream().filter(i -> i.group() == DueGroup.DUE_7).count();
                    if (overdue + soon == 0 || getScene() == null) {
                        return;
                    }
                    Notifications.create()
                            .owner(getScene().getWindow())
                            .title(messages.get("due.notify.title"))
                            .text(messages.get("due.notify.text", overdue, soon))
                            .hideAfter(Duration.seconds(20))
                            .onAction(e -> show("deadlines"))
                            .showWarning();
                }));
    }

    public DeadlineBoardViewModel deadlineViewModel() {
        return deadlineViewModel;
    }

    public LedgerViewModel ledgerViewModel() {
        return ledgerViewModel;
    }
}
