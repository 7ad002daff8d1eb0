package com.creditdesk.ui;

import com.creditdesk.cli.GlobalOptions;
import com.creditdesk.ui.util.CurrentThreadTaskExecutor;
import com.creditdesk.ui.util.UiPreferences;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real application for window tests: a database file under a temp directory, a throw-away
 * Preferences node, and background work run on the calling thread so tests see its results.
 * Call {@code FxToolkit.registerPrimaryStage()} once per test class first.
 */
final class AppFixture {

    private final Path dataDir;
    private final Preferences prefs = Preferences.userRoot().node("creditdesk-test-" + UUID.randomUUID());
    private CreditDeskApp app;

    AppFixture(Path dataDir) {
        this.dataDir = dataDir;
    }

    Path databaseFile() {
        return dataDir.resolve("creditdesk");
    }

    void start() throws Exception {
        start(new CurrentThreadTaskExecutor(error -> fail(error)));
    }

    /** Starts with another executor, e.g. one that really works in the background. */
    void start(com.creditdesk.ui.util.TaskExecutor executor) throws Exception {
        GlobalOptions options = GlobalOptions.parse(new String[]{"--db", databaseFile().toString()});
        app = (CreditDeskApp) FxToolkit.setupApplication(() -> new CreditDeskApp(options, new UiPreferences(prefs),
                executor, LedgerWindowTest.TODAY));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The main window once the database is open. */
    MainWindow mainWindow() {
        return app.mainWindow();
    }

    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.hideStage();
        app = null;
    }

    /** Stops the app if still running and removes the Preferences node. */
    void close() throws Exception {
        if (app != null) {
            stop();
        }
        prefs.removeNode();
    }
}
