package com.creditdesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits arguments into {@code --name value} options, {@code --flag}s and positional arguments. */
final class Options {

    private Options() {
    }

    /**
     * The options and flags; throws a usage error for an unknown {@code --option} or a missing value,
     * and (when {@code maxPositional} is 0) for any positional argument.
     */
    static Map<String, String> parse(List<String> args, List<String> valued, List<String> flags, int maxPositional) {
        Map<String, String> out = new LinkedHashMap<>();
        int positional = 0;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (valued.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("cli.error.unknownOption", arg);
                }
                out.put(arg, args.get(++i));
            } else if (flags.contains(arg)) {
                out.put(arg, "");
            } else if (arg.startsWith("--") || maxPositional == 0) {
                throw new UsageException("cli.error.unknownOption", arg);
            } else {
                positional++;
            }
        }
        return out;
    }

    static List<String> positional(List<String> args, List<String> valued) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (valued.contains(args.get(i))) {
                i++;
            } else if (!args.get(i).startsWith("--")) {
                out.add(args.get(i));
            }
        }
        return out;
    }
}
