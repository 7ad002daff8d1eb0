package com.creditdesk;

import com.creditdesk.cli.CommandLineApp;
import com.creditdesk.cli.CommandRegistry;
import com.creditdesk.cli.GlobalOptions;
import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.county.CountyProfile;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.db.DatabaseStartup;
import com.creditdesk.ui.CreditDeskApp;
import com.creditdesk.ui.util.UiPreferences;

/**
 * Main class of the jar. It must not extend {@code javafx.application.Application}: launched
 * from the classpath, the JavaFX launcher would otherwise refuse to start. With no command it
 * opens the window; with a command it runs headless.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] argv) {
        // jOOQ prints a logo and a "tip of the day" on first use: not for an office user's console.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        GlobalOptions options = GlobalOptions.parse(argv);
        if (options.wantsWindow()) {
            // An encrypted file without a given password is opened after the window asks for it; a
            // server database after its password and the user's login.
            char[] password = options.databasePassword();
            boolean mustAsk = password == null && Database.isEncrypted(CreditDeskApp.databaseFile(options));
            DatabaseStartup database = mustAsk || !opensEmbeddedFile(options) ? null
                    : DatabaseStartup.begin(CreditDeskApp.databaseFile(options), System.getProperty("user.name", "unknown"), password);
            CreditDeskApp.launchWindow(options, database);
            return;
        }
        int code = new CommandLineApp(CommandRegistry.standard()).run(options, System.in, System.out, System.err);
        System.exit(code);
    }

    /** Whether the window will open the embedded file (then its opening starts before the window). */
    private static boolean opensEmbeddedFile(GlobalOptions options) {
        try {
            return !CreditDeskApp.databaseChoice(options, UiPreferences.forUser(), CountyProfile.installed()).isServer();
        } catch (UserFacingException e) {
            return false; // a broken county profile: the window reports it and opens nothing
        }
    }
}
