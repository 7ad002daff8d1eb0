package com.creditdesk.cli;

import com.creditdesk.logic.deadline.DeadlineContext;
import com.creditdesk.logic.deadline.DeadlineParser;
import com.creditdesk.logic.deadline.WorkingDayCalendar;
import com.creditdesk.model.deadline.Milestone;
import com.creditdesk.model.deadline.ParsedDeadline;
import com.creditdesk.model.deadline.Recurrence;
import com.creditdesk.model.deadline.RelativeDeadline;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * {@code deadline [--ref YYYY-MM-DD] [--campaign-start D] [--campaign-end D]}: reads one
 * 完成时限 phrase per line on stdin and prints one JSON object per line. Needs no database.
 */
public final class DeadlineCommand implements Command {

    @Override
    public String name() {
        return "deadline";
    }

    @Override
    public String usage() {
        return "[--ref YYYY-MM-DD] [--campaign-start YYYY-MM-DD] [--campaign-end YYYY-MM-DD] < phrases.txt";
    }

    @Override
    public int run(CliContext context, List<String> args) throws IOException {
        LocalDate reference = LocalDate.now();
        LocalDate campaignStart = null;
        LocalDate campaignEnd = null;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (!option.equals("--ref") && !option.equals("--campaign-start") && !option.equals("--campaign-end")) {
                throw new UsageException("cli.deadline.error.unknownOption", option);
            }
            if (i + 1 >= args.size()) {
                throw new UsageException("cli.deadline.error.missingDate", option);
            }
            LocalDate date = date(option, args.get(++i));
            switch (option) {
                case "--ref" -> reference = date;
                case "--campaign-start" -> campaignStart = date;
                default -> campaignEnd = date;
            }
        }
        if (campaignStart != null && campaignEnd != null && campaignEnd.isBefore(campaignStart)) {
            throw new UsageException("cli.deadline.error.campaignOrder", campaignStart, campaignEnd);
        }
        DeadlineContext ctx = new DeadlineContext(reference, campaignStart, campaignEnd, WorkingDayCalendar.loadBundled());
        DeadlineParser parser = new DeadlineParser();
        String line;
        while ((line = context.in().readLine()) != null) {
            if (!line.isBlank()) {
                context.out().println(context.json().writeValueAsString(toJson(context, parser.parse(line.strip(), ctx))));
            }
        }
        context.out().flush();
        return CommandLineApp.OK;
    }

    private static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("cli.deadline.error.badDate", option, value);
        }
    }

    private static ObjectNode toJson(CliContext context, ParsedDeadline d) {
        ObjectNode node = context.json().createObjectNode();
        node.put("text", d.text());
        node.put("kind", lower(d.kind().name()));
        node.put("start", d.start() == null ? null : d.start().toString());
        node.put("due", d.due() == null ? null : d.due().toString());
        ArrayNode milestones = node.putArray("milestones");
        for (Milestone milestone : d.milestones()) {
            milestones.addObject().put("text", milestone.text())
                    .put("due", milestone.due() == null ? null : milestone.due().toString());
        }
        Recurrence recurrence = d.recurrence();
        if (recurrence == null) {
            node.putNull("recurrence");
        } else {
            node.putObject("recurrence").put("cadence", lower(recurrence.cadence().name()))
                    .put("day", recurrence.day()).put("monthInPeriod", recurrence.monthInPeriod());
        }
        RelativeDeadline relative = d.relative();
        if (relative == null) {
            node.putNull("relative");
        } else {
            node.putObject("relative").put("amount", relative.amount())
                    .put("unit", lower(relative.unit().name())).put("anchor", relative.anchor());
        }
        node.put("review", d.review());
        return node;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
