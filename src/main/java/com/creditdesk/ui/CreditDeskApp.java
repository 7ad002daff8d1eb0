package com.creditdesk.ui;

import com.creditdesk.cli.GlobalOptions;
import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.county.CountyProfile;
import com.creditdesk.logic.db.DataDirectory;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.db.DatabaseStartup;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.DefaultTaskExecutor;
import com.creditdesk.ui.util.FontSupport;
import com.creditdesk.ui.util.TaskExecutor;
import com.creditdesk.ui.util.UiPreferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The JavaFX application: shows the window at once, opens (and migrates) the database in the
 * background, loads the example campaign on the very first start, then shows the ledger.
 */
public class CreditDeskApp extends Application {

    /** Set by {@link #launchWindow}: JavaFX instantiates the application class itself. */
    private static GlobalOptions launchOptions;
    private static DatabaseStartup launchDatabase;

    private final GlobalOptions options;
    private final UiPreferences preferences;
    private final BiFunction<Consumer<Throwable>, StatusIndicator, TaskExecutor> executorFactory;
    private TaskExecutor executor;
    private Database database;
    private MainWindow mainWindow;
    private Stage stage;

    public CreditDeskApp() {
        this(Objects.requireNonNullElseGet(launchOptions, () -> GlobalOptions.parse(new String[0])),
                UiPreferences.forUser(),
                (failures, status) -> new DefaultTaskExecutor(failures, status::track));
    }

    /** For tests: a chosen database, preferences node and executor (e.g. same-thread). */
    public CreditDeskApp(GlobalOptions options, UiPreferences preferences, TaskExecutor executor) {
        this(options, preferences, (failures, status) -> executor);
    }

    private CreditDeskApp(GlobalOptions options, UiPreferences preferences,
                          BiFunction<Consumer<Throwable>, StatusIndicator, TaskExecutor> executorFactory) {
        this.options = options;
        this.preferences = preferences;
        this.executorFactory = executorFactory;
    }

    /** Starts the window; {@code database} is already being opened in the background. */
    public static void launchWindow(GlobalOptions options, DatabaseStartup database) {
        launchOptions = options;
        launchDatabase = database;
        Application.launch(CreditDeskApp.class);
    }

    public static Path databaseFile(GlobalOptions options) {
        return options.databaseFile() != null ? options.databaseFile() : DataDirectory.defaultDatabaseFile();
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Messages messages = Messages.of(options.requestedLocale() != null ? options.requestedLocale()
                : Messages.localeOf(preferences.language()));
        String fontFamily = FontSupport.chooseCjkFamily();
        StatusIndicator status = new StatusIndicator(messages.get("status.ready"));
        executor = executorFactory.apply(error -> showError(messages, error), status);

        Optional<CountyProfile> county;
        try {
            county = CountyProfile.installed(); // a few hundred bytes, read once: the title needs it now
        } catch (UserFacingException e) {
            showError(messages, e);
            Platform.exit();
            return;
        }

        Label loading = new Label(messages.get("status.opening"));
        StackPane root = new StackPane(loading);
        root.setId("root");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/ui/app.css")).toExternalForm());
        root.setStyle("-fx-font-family: \"" + fontFamily + "\";");
        stage.setTitle(county.map(c -> c.branding().windowTitle()).orElse(messages.get("app.title")));
        stage.setScene(scene);
        preferences.restoreWindow(stage, 1280, 800);
        stage.setOnCloseRequest(e -> preferences.saveWindow(stage));
        stage.show();

        Path dbFile = databaseFile(options);
        String actor = System.getProperty("user.name", "unknown");
        DatabaseStartup prepared = launchDatabase;
        launchDatabase = null;
        executor.execute(BackgroundTask.of(messages.get("status.opening"),
                        () -> prepared != null ? prepared.await() : DatabaseStartup.open(dbFile, actor))
                .onSuccess(db -> {
                    database = db;
                    AppServices services = new AppServices(db, dbFile, new LedgerService(db.dsl(), actor), executor,
                            messages, preferences);
                    mainWindow = new MainWindow(services, status);
                    county.ifPresent(mainWindow::showCounty);
                    mainWindow.setStyle(root.getStyle());
                    scene.setRoot(mainWindow);
                    mainWindow.show("ledger");
                    StartupProbe.reportWhenShown(scene);
                })
                .onFailure(error -> {
                    showError(messages, error);
                    Platform.exit();
                }));
    }

    private static void showError(Messages messages, Throwable error) {
        String text = error instanceof UserFacingException u ? u.localizedMessage(messages)
                : messages.get("error.unexpected", String.valueOf(error.getMessage()));
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setHeaderText(messages.get("error.title"));
        alert.showAndWait();
    }

    /** The window once the database is open (null before): for tests. */
    public MainWindow mainWindow() {
        return mainWindow;
    }

    @Override
    public void stop() {
        if (stage != null && stage.isShowing()) {
            preferences.saveWindow(stage);
        }
        if (executor != null) {
            executor.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
