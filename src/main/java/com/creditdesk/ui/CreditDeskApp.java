package com.creditdesk.ui;

import com.creditdesk.cli.GlobalOptions;
import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.county.CountyProfile;
import com.creditdesk.logic.db.DataDirectory;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.db.DatabaseChoice;
import com.creditdesk.logic.db.DatabaseStartup;
import com.creditdesk.logic.deadline.DeadlineService;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.logic.user.AccessScope;
import com.creditdesk.logic.keyring.Keyring;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.DefaultTaskExecutor;
import com.creditdesk.ui.util.FontSupport;
import com.creditdesk.ui.util.TaskExecutor;
import com.creditdesk.ui.util.UiPreferences;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import com.creditdesk.ui.util.PasswordDialog;

import java.nio.file.Path;
import java.time.Clock;
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
    private final Clock clock;
    private final Keyring keyring;
    private TaskExecutor executor;
    private Database database;
    private MainWindow mainWindow;
    /** Start-up work deferred until the ledger is shown; stopped if the app closes first. */
    private PauseTransition settle;
    private Stage stage;

    public CreditDeskApp() {
        this(Objects.requireNonNullElseGet(launchOptions, () -> GlobalOptions.parse(new String[0])),
                UiPreferences.forUser(),
                (failures, status) -> new DefaultTaskExecutor(failures, status::track), Clock.systemDefaultZone(),
                Keyring.forThisPlatform());
    }

    /** For tests: a chosen database, preferences node, executor (e.g. same-thread) and today. */
    public CreditDeskApp(GlobalOptions options, UiPreferences preferences, TaskExecutor executor, Clock clock) {
        this(options, preferences, (failures, status) -> executor, clock, Keyring.NONE);
    }

    private CreditDeskApp(GlobalOptions options, UiPreferences preferences,
                          BiFunction<Consumer<Throwable>, StatusIndicator, TaskExecutor> executorFactory, Clock clock,
                          Keyring keyring) {
        this.keyring = keyring;
        this.options = options;
        this.preferences = preferences;
        this.executorFactory = executorFactory;
        this.clock = clock;
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
        // Date pickers and number formats follow the UI language, not the PC's region setting.
        // JavaFX's own texts (确定/取消 on dialog buttons, context menus) follow it too, whatever the PC's language.
        java.util.Locale.setDefault(messages.locale());
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

        DatabaseStartup prepared = launchDatabase;
        launchDatabase = null;
        openDatabase(new Startup(scene, root, status, messages, county), prepared, options.databasePassword(), null);
    }

    /** What the start-up sequence needs once the database is open. */
    private record Startup(Scene scene, StackPane root, StatusIndicator status, Messages messages,
                           Optional<CountyProfile> county) {
    }

    /** Opens the database in the background, asking for the password of an encrypted file first. */
    private void openDatabase(Startup startup, DatabaseStartup prepared, char[] givenPassword, String problem) {
        Messages messages = startup.messages();
        DatabaseChoice choice = databaseChoice(options, preferences, startup.county());
        if (choice.isServer()) {
            new ServerStartup(executor, messages, keyring, choice,
                    (db, ledger) -> services(db, choice.file(), ledger, messages),
                    services -> {
                        AccessScope scope = services.ledger().scope();
                        stage.setTitle(stage.getTitle() + " · " + messages.get("login.signedIn", scope.actor(),
                                messages.get("user.role." + scope.role().name())));
                        showMain(startup, services);
                    },
                    error -> {
                        showError(messages, error);
                        Platform.exit();
                    },
                    Platform::exit).start(givenPassword);
            return;
        }
        Path dbFile = choice.file();
        String actor = System.getProperty("user.name", "unknown");
        char[] password = givenPassword;
        if (prepared == null && password == null && Database.isEncrypted(dbFile)) {
            Optional<char[]> asked = PasswordDialog.ask(messages, dbFile, problem);
            if (asked.isEmpty()) {
                Platform.exit();
                return;
            }
            password = asked.get();
        }
        char[] chosen = password;
        executor.execute(BackgroundTask.of(messages.get("status.opening"), () -> {
                    Database db = prepared != null ? prepared.await() : DatabaseStartup.open(dbFile, actor, chosen);
                    return services(db, dbFile, new LedgerService(db.dsl(), actor), messages);
                })
                .onSuccess(services -> showMain(startup, services))
                .onFailure(error -> {
                    if (error instanceof UserFacingException u && u.key().equals("error.db.password")
                            && Database.isEncrypted(dbFile)) {
                        openDatabase(startup, null, null, messages.get("password.wrong"));
                        return;
                    }
                    showError(messages, error);
                    Platform.exit();
                }));
    }

    /** Which database: --db-url / --db, else the server chosen under 设置, else the county profile's, else the file. */
    public static DatabaseChoice databaseChoice(GlobalOptions options, UiPreferences preferences,
                                                Optional<CountyProfile> county) {
        return DatabaseChoice.resolve(options.server(), options.databaseFile(), preferences.server(), county);
    }

    private AppServices services(Database db, Path dbFile, LedgerService ledger, Messages messages) {
        return new AppServices(db, dbFile, ledger, DeadlineService.standardBoard(), executor, messages, preferences, clock);
    }

    private void showMain(Startup startup, AppServices services) {
        database = services.database();
        mainWindow = new MainWindow(services, startup.status());
        startup.county().ifPresent(mainWindow::showCounty);
        mainWindow.setStyle(startup.root().getStyle());
        startup.scene().setRoot(mainWindow);
        mainWindow.show("ledger");
        // The deadline notice and the daily backup wait until the ledger is on screen.
        settle = new PauseTransition(javafx.util.Duration.seconds(1.5));
        settle.setOnFinished(e -> {
            mainWindow.notifyDeadlines();
            mainWindow.runAutoBackup();
        });
        settle.play();
        StartupProbe.reportWhenShown(startup.scene());
    }

    private static void showError(Messages messages, Throwable error) {
        String text = messages.describe(error);
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
        if (settle != null) {
            settle.stop();
        }
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
