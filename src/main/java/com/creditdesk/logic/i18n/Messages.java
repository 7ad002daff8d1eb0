package com.creditdesk.logic.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The UI and command-line texts of one language. Chinese is the root bundle, so a missing
 * English key still shows Chinese rather than a raw key; no fallback to the JVM's default
 * locale, so an English-speaking machine still gets Chinese unless English is asked for.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Locale locale) {
        return new Messages(Objects.requireNonNull(locale));
    }

    /** Parses "en", "zh", "zh_CN", "zh-CN"; anything else means Chinese. */
    public static Locale localeOf(String tag) {
        if (tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.ENGLISH;
        }
        return CHINESE;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The sentence to show for a failure: the user-facing message, or "unexpected error" with its text. */
    public String describe(Throwable error) {
        if (error instanceof com.creditdesk.logic.UserFacingException userFacing) {
            return userFacing.localizedMessage(this);
        }
        return get("error.unexpected", String.valueOf(error.getMessage()));
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
