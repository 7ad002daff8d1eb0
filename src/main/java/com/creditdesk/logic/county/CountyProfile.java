package com.creditdesk.logic.county;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.ServerAddress;
import com.creditdesk.logic.ledger.UnitKinds;
import com.creditdesk.model.ledger.UnitKind;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The county (县、县级市、区) an installer is made for: name, division code, office, branding and
 * the units with the short names its notices use. The installer bakes one UTF-8 properties file
 * into the package (see {@code installer/counties/TEMPLATE.properties}) and passes its path as
 * {@value #PROPERTY}; the first start seeds the database from it.
 */
public record CountyProfile(String code, String name, String parentCity, String province,
                            String defaultIndicatorSystem, CampaignPreload campaignPreload, Office office,
                            Branding branding, List<CountyUnit> units, String source, ServerAddress server) {

    /** System property with the path of the baked-in profile; absent when run from the plain jar. */
    public static final String PROPERTY = "creditdesk.profile";

    private static final Pattern DIVISION_CODE = Pattern.compile("\\d{6}");
    private static final Pattern SYSTEM_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    private static final Pattern UNIT_KEY = Pattern.compile("unit\\.\\d{1,3}");
    private static final Pattern ALIAS_SEPARATORS = Pattern.compile("[、,，;；]");
    private static final Set<String> KEYS = Set.of("county.code", "county.name", "county.parentCity",
            "county.province", "indicators.defaultSystem", "campaign.preload", "office.name", "office.contact",
            "office.phone", "office.address", "branding.windowTitle", "branding.installerName", "db.url", "db.user");

    /** What the first start loads besides the units: the built-in example campaign, or nothing. */
    public enum CampaignPreload { EXAMPLE, NONE }

    public record Office(String name, String contact, String phone, String address) {
    }

    public record Branding(String windowTitle, String installerName) {
    }

    public record CountyUnit(String name, UnitKind kind, List<String> aliases) {
    }

    public CountyProfile {
        units = List.copyOf(units);
    }

    /** The profile the installer baked in, or empty when {@value #PROPERTY} is not set. */
    public static Optional<CountyProfile> installed() {
        String path = System.getProperty(PROPERTY);
        return path == null || path.isBlank() ? Optional.empty() : Optional.of(load(Path.of(path)));
    }

    /** Reads and checks a profile; every problem is a {@link UserFacingException} naming the file. */
    public static CountyProfile load(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, "county.error.notFound", file);
        } catch (CharacterCodingException e) {
            throw new UserFacingException(e, "county.error.encoding", file);
        } catch (IOException e) {
            throw new UserFacingException(e, "county.error.unreadable", file, e.getMessage());
        }
        return parse(text, file.toString());
    }

    /** Parses the text of a profile; {@code source} names it in messages. */
    public static CountyProfile parse(String text, String source) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text));
        } catch (IOException | IllegalArgumentException e) {
            throw new UserFacingException(e, "county.error.unreadable", source, e.getMessage());
        }
        Reader reader = new Reader(properties, source);
        for (String key : properties.stringPropertyNames()) {
            if (!KEYS.contains(key) && !UNIT_KEY.matcher(key).matches()) {
                throw new UserFacingException("county.error.unknownKey", source, key);
            }
        }
        String code = reader.required("county.code");
        if (!DIVISION_CODE.matcher(code).matches() || code.endsWith("00")) {
            throw new UserFacingException("county.error.badCode", source, code);
        }
        String system = reader.required("indicators.defaultSystem");
        if (!SYSTEM_ID.matcher(system).matches()) {
            throw new UserFacingException("county.error.badIndicatorSystem", source, system);
        }
        return new CountyProfile(code, reader.required("county.name"), reader.required("county.parentCity"),
                reader.required("county.province"), system, preload(reader.required("campaign.preload"), source),
                new Office(reader.required("office.name"), reader.optional("office.contact"),
                        reader.optional("office.phone"), reader.optional("office.address")),
                new Branding(reader.required("branding.windowTitle"), reader.required("branding.installerName")),
                units(properties, source), source, server(reader, source));
    }

    /** {@code db.url} (optional): the city's shared PostgreSQL database this county works in. */
    private static ServerAddress server(Reader reader, String source) {
        String url = reader.optional("db.url");
        if (url == null) {
            return null;
        }
        if (!ServerAddress.isServerUrl(url)) {
            throw new UserFacingException("county.error.badDbUrl", source, url);
        }
        return new ServerAddress(url, reader.optional("db.user"));
    }

    /** The shared server database named by the profile, if any. */
    public Optional<ServerAddress> serverDatabase() {
        return Optional.ofNullable(server);
    }

    private static CampaignPreload preload(String value, String source) {
        return switch (value) {
            case "example" -> CampaignPreload.EXAMPLE;
            case "none" -> CampaignPreload.NONE;
            default -> throw new UserFacingException("county.error.badPreload", source, value);
        };
    }

    /** {@code unit.NN=全称|别名、别名}, in the order of NN; names and aliases are unique together. */
    private static List<CountyUnit> units(Properties properties, String source) {
        TreeMap<Integer, String> lines = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (UNIT_KEY.matcher(key).matches()) {
                lines.put(Integer.parseInt(key.substring("unit.".length())), properties.getProperty(key).strip());
            }
        }
        if (lines.isEmpty()) {
            throw new UserFacingException("county.error.noUnits", source);
        }
        List<CountyUnit> units = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : lines.values()) {
            String[] parts = line.split("\\|", -1);
            String name = parts[0].strip();
            if (name.isEmpty() || parts.length > 2) {
                throw new UserFacingException("county.error.badUnit", source, line);
            }
            List<String> aliases = new ArrayList<>();
            if (parts.length == 2) {
                for (String alias : ALIAS_SEPARATORS.split(parts[1])) {
                    if (!alias.isBlank()) {
                        aliases.add(alias.strip());
                    }
                }
            }
            for (String text : concat(name, aliases)) {
                if (!seen.add(text)) {
                    throw new UserFacingException("county.error.duplicateName", source, text);
                }
            }
            units.add(new CountyUnit(name, UnitKinds.guess(name), List.copyOf(aliases)));
        }
        return units;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** Required keys must be present and not blank; the error names the key so it can be fixed. */
    private record Reader(Properties properties, String source) {

        String required(String key) {
            String value = optional(key);
            if (value == null) {
                throw new UserFacingException("county.error.missing", source, key);
            }
            return value;
        }

        String optional(String key) {
            String value = properties.getProperty(key);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
