package com.creditdesk.cli;

import com.creditdesk.logic.units.UnitCellSplitter;
import com.creditdesk.model.importer.UnitSplit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code units [--first-is-lead]}: one 责任单位 text per line on stdin, one JSON object per line out. */
public final class UnitsCommand implements Command {

    /** The one-line description --help shows (looked up as cli.NAME.summary). */
    static final String SUMMARY_KEY = "cli.units.summary";

    @Override
    public String name() {
        return "units";
    }

    @Override
    public String usage() {
        return "[--first-is-lead] < TEXT-LINES";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        boolean firstIsLead = false;
        for (String arg : args) {
            if (!arg.equals("--first-is-lead")) {
                throw new UsageException("cli.import.badArgument", arg);
            }
            firstIsLead = true;
        }
        UnitCellSplitter splitter = new UnitCellSplitter(firstIsLead);
        String line;
        while ((line = context.in().readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            UnitSplit split = splitter.split(line);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("text", split.text());
            out.put("units", split.units());
            out.put("lead", split.lead());
            out.put("dropped", split.dropped());
            context.out().println(context.json().writeValueAsString(out));
        }
        return CommandLineApp.OK;
    }
}
