package com.creditdesk.cli;

import com.creditdesk.logic.AppVersion;
import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.keyring.Keyring;
import com.creditdesk.logic.county.CountyProfile;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.db.DatabaseChoice;
import com.creditdesk.logic.i18n.Messages;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The headless entry point: global options ({@code --db FILE}, {@code --lang en|zh},
 * {@code --help}, {@code --version}) then one command. Exit codes: 0 success, 1 failure,
 * 2 bad usage; failures print one line on stderr in the chosen language, never a stack trace.
 */
public final class CommandLineApp {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private final CommandRegistry registry;

    public CommandLineApp(CommandRegistry registry) {
        this.registry = registry;
    }

    public int run(GlobalOptions options, InputStream stdin, PrintStream out, PrintStream err) {
        Messages messages = Messages.of(options.locale());
        if (options.version()) {
            out.println("Credit Desk " + AppVersion.current());
            return OK;
        }
        if (options.help() || options.commandArgs().isEmpty()) {
            printHelp(messages, out);
            return OK;
        }
        String name = options.commandArgs().get(0);
        List<String> args = new ArrayList<>(options.commandArgs().subList(1, options.commandArgs().size()));
        Command command = registry.find(name).orElse(null);
        if (command == null) {
            err.println(messages.get("cli.error.unknownCommand", name));
            return USAGE;
        }
        if (args.contains("--help")) {
            out.println(name + " " + command.usage());
            out.println("  " + messages.get("cli." + name + ".summary"));
            return OK;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        DatabaseChoice choice;
        try {
            choice = DatabaseChoice.resolve(options.server(), options.databaseFile(), Optional.empty(), CountyProfile.installed());
        } catch (UserFacingException e) {
            err.println(e.localizedMessage(messages));
            return FAILURE;
        }
        try (CliContext context = new CliContext(in, out, err, messages, choice.file(), choice.server(),
                options.databaseUser(), options::databasePassword, () -> openDatabase(choice, options))) {
            return command.run(context, args);
        } catch (UsageException e) {
            err.println(e.localizedMessage(messages));
            err.println(messages.get("cli.usage", name + " " + command.usage()));
            return USAGE;
        } catch (UserFacingException e) {
            err.println(e.localizedMessage(messages));
            return FAILURE;
        } catch (Exception e) {
            err.println(messages.get("error.unexpected", e.getClass().getSimpleName() + ": " + e.getMessage()));
            return FAILURE;
        }
    }

    private static Database openDatabase(DatabaseChoice choice, GlobalOptions options) {
        char[] password = options.databasePassword();
        if (!choice.isServer() && password == null && Database.isEncrypted(choice.file())) {
            throw new UserFacingException("error.db.needsPassword", choice.file());
        }
        if (choice.isServer() && password == null) {
            // The password the window kept in the system keyring, if the user chose so there.
            password = Keyring.forThisPlatform().lookup(choice.server()).orElse(null);
        }
        return choice.open(password);
    }

    private void printHelp(Messages messages, PrintStream out) {
        out.println(messages.get("cli.help.header", AppVersion.current()));
        out.println(messages.get("cli.help.synopsis"));
        out.println();
        out.println(messages.get("cli.help.options"));
        out.println("  --db FILE        " + messages.get("cli.help.option.db"));
        out.println("  --lang en|zh     " + messages.get("cli.help.option.lang"));
        out.println("  --db-url JDBC_URL  " + messages.get("cli.help.option.dbUrl"));
        out.println("  --db-user USER   " + messages.get("cli.help.option.dbUser"));
        out.println("  --password-file FILE  " + messages.get("cli.option.passwordFile"));
        out.println("  --help           " + messages.get("cli.help.option.help"));
        out.println("  --version        " + messages.get("cli.help.option.version"));
        out.println();
        out.println(messages.get("cli.help.commands"));
        for (Command command : registry.all()) {
            out.printf("  %-10s %s%n", command.name(), messages.get("cli." + command.name() + ".summary"));
            out.printf("  %-10s   %s %s%n", "", command.name(), command.usage());
        }
    }
}
