package com.creditdesk.ui;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.db.DatabaseChoice;
import com.creditdesk.logic.db.ServerAddress;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.keyring.Keyring;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.logic.user.AccessScope;
import com.creditdesk.logic.user.UserService;
import com.creditdesk.model.user.AppUser;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.LoginDialog;
import com.creditdesk.ui.util.PasswordDialog;
import com.creditdesk.ui.util.TaskExecutor;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Start-up on a shared server database: the server password (given, found in the system keyring,
 * or asked — and then kept in the keyring if the user wishes; never in a file), then each person's
 * login, whose role and county scope every screen works within.
 */
final class ServerStartup {

    /** Where the server password came from: a keyring entry that the server refuses is removed. */
    private enum Source { GIVEN, KEYRING, TYPED, TYPED_REMEMBER }

    private final TaskExecutor executor;
    private final Messages messages;
    private final Keyring keyring;
    private final BiFunction<Database, LedgerService, AppServices> services;
    private final Consumer<AppServices> onReady;
    private final Consumer<Throwable> onFatal;
    private final Runnable onCancel;
    private final ServerAddress server;
    private final Function<char[], Database> opener;

    ServerStartup(TaskExecutor executor, Messages messages, Keyring keyring, DatabaseChoice choice,
                  BiFunction<Database, LedgerService, AppServices> services, Consumer<AppServices> onReady,
                  Consumer<Throwable> onFatal, Runnable onCancel) {
        this(executor, messages, keyring, choice.server(), choice::open, services, onReady, onFatal, onCancel);
    }

    /** {@code opener} opens the server's database with a password (tests: an in-memory one). */
    ServerStartup(TaskExecutor executor, Messages messages, Keyring keyring, ServerAddress server,
                  Function<char[], Database> opener, BiFunction<Database, LedgerService, AppServices> services,
                  Consumer<AppServices> onReady, Consumer<Throwable> onFatal, Runnable onCancel) {
        this.executor = executor;
        this.messages = messages;
        this.keyring = keyring;
        this.server = server;
        this.opener = opener;
        this.services = services;
        this.onReady = onReady;
        this.onFatal = onFatal;
        this.onCancel = onCancel;
    }

    void start(char[] givenPassword) {
        if (givenPassword != null) {
            open(givenPassword, Source.GIVEN, false);
            return;
        }
        // Asking the keyring starts a process and may wait for the desktop's unlock prompt: not on the FX thread.
        executor.execute(BackgroundTask.of(messages.get("status.opening"), () -> {
                    boolean available = keyring.available();
                    return new Stored(available, available ? keyring.lookup(server) : Optional.empty());
                })
                .onSuccess(stored -> stored.password().ifPresentOrElse(
                        password -> open(password, Source.KEYRING, true),
                        () -> ask(null, stored.available())))
                .onFailure(error -> ask(null, false)));
    }

    private record Stored(boolean available, Optional<char[]> password) {
    }

    private void ask(String problem, boolean keyringAvailable) {
        Optional<PasswordDialog.ServerPassword> asked = PasswordDialog.askServer(messages, server.description(), problem,
                keyringAvailable);
        if (asked.isEmpty()) {
            onCancel.run();
            return;
        }
        open(asked.get().password(), asked.get().remember() ? Source.TYPED_REMEMBER : Source.TYPED, keyringAvailable);
    }

    private void open(char[] password, Source source, boolean keyringAvailable) {
        executor.execute(BackgroundTask.of(messages.get("status.opening"), () -> {
                    Database db = opener.apply(password);
                    return new OpenServer(db, new UserService(db.dsl()).hasUsers());
                })
                .onSuccess(open -> {
                    if (source == Source.TYPED_REMEMBER) {
                        // A keyring failure is reported but does not stop the start.
                        executor.execute(BackgroundTask.of(messages.get("status.keyring"), () -> {
                            keyring.store(server, password);
                            return null;
                        }));
                    }
                    logIn(open, null, null);
                })
                .onFailure(error -> {
                    if (error instanceof UserFacingException u && u.key().equals("error.server.login")) {
                        if (source == Source.KEYRING) {
                            executor.execute(BackgroundTask.of(messages.get("status.keyring"), () -> {
                                keyring.forget(server);
                                return null;
                            }));
                        }
                        ask(messages.describe(error), keyringAvailable);
                        return;
                    }
                    onFatal.accept(error);
                }));
    }

    private record OpenServer(Database database, boolean hasUsers) {
    }

    private void logIn(OpenServer open, String problem, String lastName) {
        Optional<LoginDialog.Credentials> credentials = lastName == null
                ? LoginDialog.ask(messages, server.description(), !open.hasUsers(), problem)
                : LoginDialog.ask(messages, server.description(), !open.hasUsers(), problem, lastName);
        if (credentials.isEmpty()) {
            open.database().close();
            onCancel.run();
            return;
        }
        String name = credentials.get().name();
        char[] password = credentials.get().password();
        executor.execute(BackgroundTask.of(messages.get("status.loggingIn"), () -> {
                    UserService users = new UserService(open.database().dsl());
                    AppUser user = open.hasUsers() ? users.logIn(name, password) : users.createFirst(name, password);
                    return services.apply(open.database(), new LedgerService(open.database().dsl(), AccessScope.of(user)));
                })
                .onSuccess(onReady)
                .onFailure(error -> logIn(open, messages.describe(error), name)));
    }
}
