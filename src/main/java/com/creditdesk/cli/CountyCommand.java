package com.creditdesk.cli;

import com.creditdesk.logic.AppVersion;
import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.county.CountyProfile;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code county [--file PROFILE]}: the county profile baked into this installation (or the given
 * file, to check a new profile before packaging it) as one JSON object. Needs no database.
 */
final class CountyCommand implements Command {

    @Override
    public String name() {
        return "county";
    }

    @Override
    public String usage() {
        return "[--file PROFILE.properties]";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        CountyProfile profile;
        if (args.size() == 2 && args.get(0).equals("--file")) {
            profile = CountyProfile.load(Path.of(args.get(1)));
        } else if (args.isEmpty()) {
            profile = CountyProfile.installed().orElseThrow(() -> new UserFacingException("cli.county.none"));
        } else {
            throw new UsageException("cli.error.unknownOption", String.join(" ", args));
        }
        context.out().println(context.json().writeValueAsString(toJson(profile)));
        return CommandLineApp.OK;
    }

    private static Map<String, Object> toJson(CountyProfile p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", p.code());
        json.put("name", p.name());
        json.put("parentCity", p.parentCity());
        json.put("province", p.province());
        json.put("defaultIndicatorSystem", p.defaultIndicatorSystem());
        json.put("campaignPreload", p.campaignPreload().name().toLowerCase());
        Map<String, Object> office = new LinkedHashMap<>();
        office.put("name", p.office().name());
        office.put("contact", p.office().contact());
        office.put("phone", p.office().phone());
        office.put("address", p.office().address());
        json.put("office", office);
        json.put("windowTitle", p.branding().windowTitle());
        json.put("installerName", p.branding().installerName());
        json.put("units", p.units().stream().map(u -> {
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("name", u.name());
            unit.put("kind", u.kind().name());
            unit.put("aliases", u.aliases());
            return unit;
        }).toList());
        json.put("source", p.source());
        json.put("appVersion", AppVersion.current());
        return json;
    }
}
