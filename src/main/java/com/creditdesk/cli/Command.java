package com.creditdesk.cli;

import java.util.List;

/**
 * One headless command: {@code java -jar credit-desk.jar NAME ARGS…}. Its one-line description
 * is the bundle key {@code cli.NAME.summary}. Returns the process exit code (0 success,
 * 1 failure); bad usage is signalled by throwing {@link UsageException} (exit 2).
 */
public interface Command {

    String name();

    /** Arguments as shown by --help, e.g. {@code "[--ref YYYY-MM-DD]"}. */
    String usage();

    int run(CliContext context, List<String> args) throws Exception;
}
