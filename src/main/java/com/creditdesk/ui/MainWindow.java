package com.creditdesk.ui;

import com.creditdesk.logic.AppVersion;
import com.creditdesk.logic.county.CountyProfile;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.ui.deadlines.DeadlinesView;
import com.creditdesk.ui.ledger.LedgerView;
import com.creditdesk.ui.ledger.LedgerViewModel;
import com.creditdesk.ui.settings.SettingsView;
import com.creditdesk.ui.settings.SettingsViewModel;
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
        register("deadlines", () -> new DeadlinesView(ledgerViewModel, messages), () -> { });
        register("evidence", () -> new UnitsView(unitsViewModel, messages, "evidence.intro"), unitsViewModel::load);
        register("reports", () -> new UnitsView(unitsViewModel, messages, "reports.intro"), unitsViewModel::load);
        register("settings", () -> new SettingsView(settingsViewModel, messages, services.databaseFile()), settingsViewModel::load);

        setTop(buildMenu());
        setLeft(buildNavigation());
        setBottom(status.bar());
        ledgerViewModel.load();
    }

    private void register(String id, Supplier<Node> factory, Runnable refresh) {
        screenFactories.put(id, factory);
        onShow.put(id, refresh);
    }

    private MenuBar buildMenu() {
        MenuItem quit = new MenuItem(messages.get("menu.file.quit"));
        quit.setOnAction(e -> Platform.exit());
        Menu file = new Menu(messages.get("menu.file"), null, quit);
        MenuItem about = new MenuItem(messages.get("menu.help.about"));
        about.setOnAction(e -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION,
                    messages.get("about.text", AppVersion.current(), services.databaseFile()) + countyLine);
            alert.setHeaderText(messages.get("app.title"));
            alert.setTitle(messages.get("menu.help.about"));
            alert.showAndWait();
        });
        Menu help = new Menu(messages.get("menu.help"), null, about);
        return new MenuBar(file, help);
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

    /** Shows a screen by id (ledger, deadlines, evidence, reports, settings). */
    public void show(String id) {
        Node screen = screens.computeIfAbsent(id, key -> screenFactories.get(key).get());
        navigation.getToggles().stream()
                .filter(t -> ((ToggleButton) t).getId().equals("nav-" + id))
                .findFirst().ifPresent(t -> t.setSelected(true));
        setCenter(screen);
        onShow.get(id).run();
    }

    public LedgerViewModel ledgerViewModel() {
        return ledgerViewModel;
    }
}
