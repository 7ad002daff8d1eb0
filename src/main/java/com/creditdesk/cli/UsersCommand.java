package com.creditdesk.cli;

import com.creditdesk.logic.user.AccessScope;
import com.creditdesk.logic.user.UserService;
import com.creditdesk.model.user.AppUser;
import com.creditdesk.model.user.Role;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Logins of a shared server database: {@code users} lists them (one JSON object per line),
 * {@code users add NAME --role ROLE [--county CODE]} and {@code users passwd NAME} read the
 * password from stdin. Whoever holds the database credentials administers the logins, so the
 * command acts as a city coordinator (the OS user, in the audit trail).
 */
final class UsersCommand implements Command {

    @Override
    public String name() {
        return "users";
    }

    @Override
    public String usage() {
        return "[add NAME --role CITY_COORDINATOR|COUNTY_COORDINATOR|LEADER_READONLY [--county CODE] | passwd NAME]";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        UserService users = new UserService(context.database().dsl());
        AccessScope admin = AccessScope.owner(System.getProperty("user.name", "cli"));
        if (args.isEmpty()) {
            for (AppUser user : users.list()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("name", user.name());
                json.put("role", user.role().name());
                json.put("county", user.countyCode());
                json.put("active", user.active());
                context.out().println(context.json().writeValueAsString(json));
            }
            return CommandLineApp.OK;
        }
        if (args.size() < 2) {
            throw new UsageException("cli.users.error.usage");
        }
        String name = args.get(1);
        switch (args.get(0)) {
            case "add" -> {
                Role role = null;
                String county = null;
                for (int i = 2; i < args.size(); i++) {
                    String option = args.get(i);
                    if (i + 1 >= args.size()) {
                        throw new UsageException("cli.export.error.missingValue", option);
                    }
                    String value = args.get(++i);
                    switch (option) {
                        case "--role" -> role = role(value);
                        case "--county" -> county = value;
                        default -> throw new UsageException("cli.error.unknownOption", option);
                    }
                }
                if (role == null) {
                    throw new UsageException("cli.users.error.usage");
                }
                AppUser user = users.create(admin, name, role, county, password(context));
                context.out().println(context.messages().get("cli.users.added", user.name(),
                        context.messages().get("user.role." + user.role().name())));
            }
            case "passwd" -> {
                users.changePassword(admin, name, password(context));
                context.out().println(context.messages().get("cli.users.passwordChanged", name));
            }
            default -> throw new UsageException("cli.users.error.usage");
        }
        return CommandLineApp.OK;
    }

    private static Role role(String value) {
        try {
            return Role.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("cli.users.error.role", value);
        }
    }

    private static char[] password(CliContext context) throws java.io.IOException {
        String line = context.in().readLine();
        if (line == null || line.isBlank()) {
            throw new UsageException("cli.users.error.noPassword");
        }
        return line.strip().toCharArray();
    }
}
