package com.creditdesk.ui;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.db.ServerAddress;
import com.creditdesk.logic.deadline.DeadlineService;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.keyring.Keyring;
import com.creditdesk.testutil.TestDatabases;
import com.creditdesk.ui.util.CurrentThreadTaskExecutor;
import com.creditdesk.ui.util.UiPreferences;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Start-up on a server database with the system keyring: the password typed with 记住密码 is kept
 * there, the next start finds it and goes straight to the login, and a kept password the server
 * refuses is removed and asked again with the reason.
 */
@Tag("db")
class ServerStartupTest {

    private static final String SERVER_PASSWORD = "服务器-secret";
    private final FxRobot robot = new FxRobot();
    private final ServerAddress server = new ServerAddress("jdbc:postgresql://10.0.0.5/credit", "city");
    private final FakeKeyring keyring = new FakeKeyring();
    private final List<String> triedPasswords = new ArrayList<>();
    private final AtomicReference<AppServices> ready = new AtomicReference<>();
    private Database database;
    private Preferences prefs;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (database != null) {
            database.close();
        }
        if (prefs != null) {
            prefs.removeNode();
        }
    }

    @Test
    void rememberedPasswordIsUsedAtTheNextStartAndARefusedOneIsForgotten() {
        database = TestDatabases.fresh();
        prefs = Preferences.userRoot().node("creditdesk-test-" + UUID.randomUUID());

        // First start: nothing kept; typed with 记住密码, then the first account is created.
        start();
        robot.clickOn("#databasePassword").write(SERVER_PASSWORD);
        robot.clickOn("#rememberServerPassword");
        clickOk();
        WaitForAsyncUtils.waitForFxEvents();
        logIn();
        assertNotNull(ready.get(), "the main window's services are ready");
        assertEquals(SERVER_PASSWORD, keyring.kept.get(server.url() + "|" + server.user()));

        // Second start: no password dialog, straight to the login.
        ready.set(null);
        triedPasswords.clear();
        start();
        assertTrue(robot.lookup("#databasePassword").tryQuery().isEmpty(), "no password asked");
        logIn();
        assertNotNull(ready.get());
        assertEquals(List.of(SERVER_PASSWORD), triedPasswords);

        // The server's password changed: the kept one is refused, removed, and the dialog says why.
        keyring.kept.put(server.url() + "|" + server.user(), "old-password");
        ready.set(null);
        start();
        assertTrue(keyring.kept.isEmpty(), "a refused password is removed from the keyring");
        String shown = robot.lookup(".error-text").queryAs(Label.class).getText();
        assertTrue(shown.contains("10.0.0.5"), shown);
        robot.clickOn("#databasePassword").write(SERVER_PASSWORD);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        logIn();
        assertNotNull(ready.get());
        assertTrue(keyring.kept.isEmpty(), "not kept without 记住密码");
    }

    private void start() {
        Messages messages = Messages.of(Messages.CHINESE);
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(e -> fail(e));
        ServerStartup startup = new ServerStartup(executor, messages, keyring, server, password -> {
            triedPasswords.add(new String(password));
            if (!new String(password).equals(SERVER_PASSWORD)) {
                throw new UserFacingException("error.server.login", server.description());
            }
            return database;
        }, (db, ledger) -> new AppServices(db, null, ledger, DeadlineService.standardBoard(), executor, messages,
                new UiPreferences(prefs), Clock.systemDefaultZone()), ready::set, e -> fail(e), () -> fail("cancelled"));
        Platform.runLater(() -> startup.start(null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the shown dialog's OK button (what a user does; Enter on the ticked checkbox does not close it). */
    private void clickOk() {
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        robot.clickOn(pane.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void logIn() {
        robot.clickOn("#loginName").write("市信用办");
        robot.clickOn("#loginPassword").write("登录密码-2026-city");
        clickOk();
    }

    /** The platform keyring, kept in memory. */
    private static final class FakeKeyring implements Keyring {
        final Map<String, String> kept = new HashMap<>();

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public Optional<char[]> lookup(ServerAddress server) {
            return Optional.ofNullable(kept.get(server.url() + "|" + server.user())).map(String::toCharArray);
        }

        @Override
        public void store(ServerAddress server, char[] password) {
            kept.put(server.url() + "|" + server.user(), new String(password));
        }

        @Override
        public void forget(ServerAddress server) {
            kept.remove(server.url() + "|" + server.user());
        }
    }
}
