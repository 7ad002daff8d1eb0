package com.creditdesk.cli;

import com.creditdesk.logic.exchange.ConflictService;
import com.creditdesk.model.exchange.ConflictChoice;
import com.creditdesk.model.exchange.ExchangeConflict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code conflicts}: lists the open conflicts of received packages (one JSON object per line);
 * {@code conflicts --resolve ID=city|county …} or {@code --all city|county} decides them (all in
 * one transaction) and prints how many were resolved and how many stay open.
 */
final class ConflictsCommand implements Command {

    private final String actor;

    ConflictsCommand(String actor) {
        this.actor = actor;
    }

    @Override
    public String name() {
        return "conflicts";
    }

    @Override
    public String usage() {
        return "[--resolve ID=city|county]… [--all city|county]";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        ConflictService service = new ConflictService(context.database().dsl(), actor);
        if (args.isEmpty()) {
            for (ExchangeConflict conflict : service.open()) {
                context.out().println(context.json().writeValueAsString(ReceiveCommand.conflict(conflict)));
            }
            return CommandLineApp.OK;
        }
        Map<Long, ConflictChoice> choices = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            if (i + 1 >= args.size()) {
                throw new UsageException("cli.conflicts.usage");
            }
            String option = args.get(i);
            String value = args.get(++i);
            if (option.equals("--all")) {
                ConflictChoice choice = choice(value);
                service.open().forEach(c -> choices.put(c.id(), choice));
            } else if (option.equals("--resolve") && value.indexOf('=') > 0) {
                try {
                    choices.put(Long.parseLong(value.substring(0, value.indexOf('=')).strip()),
                            choice(value.substring(value.indexOf('=') + 1)));
                } catch (NumberFormatException e) {
                    throw new UsageException("cli.conflicts.usage");
                }
            } else {
                throw new UsageException("cli.conflicts.usage");
            }
        }
        service.resolve(choices);
        context.out().println(context.json().writeValueAsString(Map.of("resolved", choices.size(), "open", service.open().size())));
        return CommandLineApp.OK;
    }

    private static ConflictChoice choice(String word) {
        return switch (word.strip()) {
            case "city" -> ConflictChoice.KEEP_CITY;
            case "county" -> ConflictChoice.TAKE_COUNTY;
            default -> throw new UsageException("cli.conflicts.usage");
        };
    }
}
