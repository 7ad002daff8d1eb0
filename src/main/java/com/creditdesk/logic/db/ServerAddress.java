package com.creditdesk.logic.db;

import com.creditdesk.logic.UserFacingException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A database on the city's PostgreSQL server: its JDBC URL and the server user (the password is
 * never part of it: it comes from a password file, the environment or a dialog, and is never
 * written to preferences or logs).
 */
public record ServerAddress(String url, String user) {

    public static final String PREFIX = "jdbc:postgresql:";
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)([?&;]password=)[^&;]*");

    public ServerAddress {
        if (url == null || !url.strip().toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            throw new UserFacingException("error.server.badUrl", url == null ? "" : redact(url));
        }
        url = url.strip();
        user = user == null || user.isBlank() ? null : user.strip();
    }

    /** Whether {@code text} names a server database rather than an embedded file. */
    public static boolean isServerUrl(String text) {
        return text != null && text.strip().toLowerCase(Locale.ROOT).startsWith(PREFIX);
    }

    /** Refuses a URL with a password in it before it is saved anywhere (passwords are never stored). */
    public ServerAddress withoutPassword() {
        if (PASSWORD_PARAM.matcher(url).find()) {
            throw new UserFacingException("error.server.passwordInUrl");
        }
        return this;
    }

    /** The URL as shown in messages: a password written into it is replaced by ***. */
    public String description() {
        return redact(url) + (user == null ? "" : " (" + user + ")");
    }

    static String redact(String url) {
        return PASSWORD_PARAM.matcher(url).replaceAll("$1***");
    }

    @Override
    public String toString() {
        return description();
    }
}
