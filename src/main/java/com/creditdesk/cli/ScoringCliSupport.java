package com.creditdesk.cli;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.scoring.BuiltinIndicatorSystems;
import com.creditdesk.logic.scoring.IndicatorSystemCatalog;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/** Shared bits of the scoring commands: option parsing and plain-decimal JSON output. */
final class ScoringCliSupport {

    private ScoringCliSupport() {
    }

    /** The value after {@code option}, or null when absent; a missing value is a usage error. */
    static String option(List<String> args, String option) {
        int index = args.indexOf(option);
        if (index < 0) {
            return null;
        }
        if (index + 1 >= args.size() || args.get(index + 1).startsWith("--")) {
            throw new UsageException("cli.scoring.optionValue", option);
        }
        return args.get(index + 1);
    }

    /** Rejects anything but the given options (each followed by a value) and flags. */
    static void onlyOptions(List<String> args, List<String> withValue, List<String> flags) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (withValue.contains(arg)) {
                i++;
            } else if (!flags.contains(arg)) {
                throw new UsageException("cli.scoring.unknownOption", arg);
            }
        }
    }

    /** A built-in system by code, else one stored in the database (opened only then). */
    static IndicatorSystem system(CliContext context, String code) {
        return BuiltinIndicatorSystems.find(code)
                .or(() -> new IndicatorSystemCatalog(context.database().dsl()).find(code))
                .orElseThrow(() -> new UserFacingException("scoring.system.notFound", code));
    }

    static void print(CliContext context, Object value) throws Exception {
        ObjectMapper mapper = context.json().copy().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        context.out().println(mapper.writeValueAsString(value));
    }
}
