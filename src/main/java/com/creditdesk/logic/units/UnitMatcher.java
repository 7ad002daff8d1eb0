package com.creditdesk.logic.units;

import com.creditdesk.model.ledger.Unit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Matches unit names from a notice to the registry: the exact name, then an alias (the unit's own
 * aliases, then the built-in list of common short forms such as 市场局 = 市市场监管局), then a
 * normalised form (full-width to half-width, spaces and a leading 市 removed). What matches
 * nothing is proposed as a new unit.
 */
public final class UnitMatcher {

    private static final String BUILT_IN_ALIASES = "unit-aliases.txt";

    private final Map<String, Unit> byName = new HashMap<>();
    private final Map<String, Unit> byAlias = new HashMap<>();
    private final Map<String, Unit> byNormalised = new HashMap<>();
    private final Map<String, String> builtInAliases;

    public UnitMatcher(List<Unit> registry, Map<String, String> builtInAliases) {
        this.builtInAliases = Map.copyOf(builtInAliases);
        for (Unit unit : registry) {
            byName.putIfAbsent(unit.name(), unit);
            byNormalised.putIfAbsent(normalise(unit.name()), unit);
            for (String alias : unit.aliases()) {
                byAlias.putIfAbsent(alias, unit);
                byNormalised.putIfAbsent(normalise(alias), unit);
            }
        }
    }

    /** A matcher with the built-in alias list. */
    public static UnitMatcher withBuiltInAliases(List<Unit> registry) {
        return new UnitMatcher(registry, loadBuiltInAliases());
    }

    public UnitMatch match(String name) {
        Unit exact = byName.get(name);
        if (exact != null) {
            return new UnitMatch(name, exact, UnitMatch.Method.EXACT);
        }
        Unit alias = byAlias.get(name);
        if (alias == null && builtInAliases.containsKey(name)) {
            String full = builtInAliases.get(name);
            alias = byName.getOrDefault(full, byNormalised.get(normalise(full)));
        }
        if (alias != null) {
            return new UnitMatch(name, alias, UnitMatch.Method.ALIAS);
        }
        // 市场监管局 is 市市场监管局 without its 市: try the name with the prefix added too.
        Unit normalised = byNormalised.getOrDefault(normalise(name), byNormalised.get(normalise("市" + name)));
        if (normalised != null) {
            return new UnitMatch(name, normalised, UnitMatch.Method.NORMALISED);
        }
        return new UnitMatch(name, null, UnitMatch.Method.NEW);
    }

    /** Full-width letters, digits and brackets to half-width; spaces and a leading 市 dropped. */
    public static String normalise(String name) {
        StringBuilder out = new StringBuilder();
        for (char ch : name.strip().toCharArray()) {
            if (ch == '\u3000' || Character.isWhitespace(ch)) {
                continue;
            }
            out.append(ch >= '\uFF01' && ch <= '\uFF5E' ? (char) (ch - 0xFEE0) : ch);
        }
        String text = out.toString();
        return text.startsWith("市") && text.length() > 2 ? text.substring(1) : text;
    }

    public static Map<String, String> loadBuiltInAliases() {
        Map<String, String> aliases = new LinkedHashMap<>();
        try (InputStream in = Objects.requireNonNull(UnitMatcher.class.getResourceAsStream(BUILT_IN_ALIASES));
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int eq = line.indexOf('=');
                if (!line.startsWith("#") && eq > 0) {
                    aliases.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return aliases;
    }
}
