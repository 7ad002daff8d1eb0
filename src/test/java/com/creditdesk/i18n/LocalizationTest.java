package com.creditdesk.i18n;

import com.creditdesk.cli.Command;
import com.creditdesk.cli.CommandRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Both bundles have the same keys, and every key is used by the code: as a string literal, as a
 * literal prefix ending in "." followed by an enum constant or another literal, or as the
 * summary of a registered command ({@code cli.NAME.summary}).
 */
class LocalizationTest {

    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** The constants of an enum: the identifiers before the first ';' or '}' of its body. */
    private static final Pattern ENUM_BODY = Pattern.compile("\\benum\\s+\\w+[^{]*\\{([^;}]*)");
    private static final Pattern ENUM_CONSTANT = Pattern.compile("\\b([A-Z][A-Z0-9_]*)\\b");

    private static Set<String> literals;
    private static Set<String> enumConstants;

    @BeforeAll
    static void scanSources() throws IOException {
        literals = new HashSet<>();
        enumConstants = new HashSet<>();
        // JDK enums whose names the code turns into keys (the calendar's weekday headers).
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            enumConstants.add(day.name());
        }
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher m = STRING_LITERAL.matcher(source);
                while (m.find()) {
                    literals.add(m.group(1));
                }
                Matcher body = ENUM_BODY.matcher(source);
                while (body.find()) {
                    String constants = body.group(1).replaceAll("(?s)/\\*.*?\\*/|//[^\\n]*", "");
                    Matcher e = ENUM_CONSTANT.matcher(constants);
                    while (e.find()) {
                        enumConstants.add(e.group(1));
                    }
                }
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LocalizationTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> zh = load("/i18n/messages.properties").stringPropertyNames();
        Set<String> en = load("/i18n/messages_en.properties").stringPropertyNames();
        Set<String> missingInEnglish = new TreeSet<>(zh);
        missingInEnglish.removeAll(en);
        Set<String> missingInChinese = new TreeSet<>(en);
        missingInChinese.removeAll(zh);
        assertEquals(Set.of(), missingInEnglish, "keys missing in messages_en.properties");
        assertEquals(Set.of(), missingInChinese, "keys missing in messages.properties");
    }

    @Test
    void everyKeyIsUsedByTheCode() throws IOException {
        Set<String> commandNames = new HashSet<>();
        for (Command command : CommandRegistry.standard().all()) {
            commandNames.add(command.name());
        }
        Set<String> unused = new TreeSet<>();
        for (String key : load("/i18n/messages.properties").stringPropertyNames()) {
            if (!isUsed(key, commandNames)) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused, "keys in the bundles that no code uses");
    }

    @Test
    void everyLiteralThatLooksLikeAKeyExists() throws IOException {
        Set<String> keys = load("/i18n/messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (String literal : literals) {
            if (literal.matches("(error|cli|ledger|task|nav|menu|units|settings|audit|status)\\.[A-Za-z.]+[A-Za-z]")
                    && !keys.contains(literal) && keys.stream().noneMatch(k -> k.startsWith(literal + "."))) {
                missing.add(literal);
            }
        }
        assertEquals(Set.of(), missing, "message keys used in code but missing from the bundles");
    }

    private static boolean isUsed(String key, Set<String> commandNames) {
        if (literals.contains(key)) {
            return true;
        }
        Matcher summary = Pattern.compile("^cli\\.(.+)\\.summary$").matcher(key);
        if (summary.matches() && commandNames.contains(summary.group(1))) {
            return true;
        }
        int dot = key.lastIndexOf('.');
        while (dot > 0) {
            String prefix = key.substring(0, dot + 1);
            String rest = key.substring(dot + 1);
            if (literals.contains(prefix) && (enumConstants.contains(rest) || literals.contains(rest))) {
                return true;
            }
            dot = key.lastIndexOf('.', dot - 1);
        }
        return false;
    }

    @Test
    void bundlesAreNotEmpty() throws IOException {
        assertFalse(load("/i18n/messages.properties").isEmpty());
    }
}
