package com.creditdesk.cli;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.deadline.DeadlineService;
import com.creditdesk.logic.ledger.CampaignRepository;
import com.creditdesk.model.deadline.DueGroup;
import com.creditdesk.model.deadline.DueItem;
import com.creditdesk.model.ledger.Campaign;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code due [--within DAYS] [--today YYYY-MM-DD] [--campaign ID]}: the tasks (milestones,
 * occurrences) overdue or due within DAYS, as JSON, deadline text as written beside the date.
 */
final class DueCommand implements Command {

    @Override
    public String name() {
        return "due";
    }

    @Override
    public String usage() {
        return "[--within DAYS] [--today YYYY-MM-DD] [--campaign ID]";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        int within = 7;
        LocalDate today = LocalDate.now();
        Long campaignId = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (i + 1 >= args.size() || !List.of("--within", "--today", "--campaign").contains(arg)) {
                throw new UsageException("cli.error.unknownOption", arg);
            }
            String value = args.get(++i);
            try {
                switch (arg) {
                    case "--within" -> within = Integer.parseInt(value);
                    case "--today" -> today = LocalDate.parse(value);
                    default -> campaignId = Long.parseLong(value);
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new UsageException("cli.error.badValue", arg, value);
            }
        }
        if (within < 0) {
            throw new UsageException("cli.error.badValue", "--within", String.valueOf(within));
        }
        List<Campaign> campaigns = new CampaignRepository(context.database().dsl()).findAll();
        Long wanted = campaignId;
        Campaign campaign = campaigns.stream().filter(c -> wanted == null || c.id() == wanted).findFirst()
                .orElseThrow(() -> wanted == null ? new UserFacingException("cli.tasks.noCampaign")
                        : new UserFacingException("error.campaign.notFound", wanted));
        DeadlineService service = new DeadlineService(context.database().dsl(), "cli", DeadlineService.standardBoard());
        List<Map<String, Object>> out = new ArrayList<>();
        LocalDate limit = today.plusDays(within);
        for (DueItem item : service.items(campaign.id(), today)) {
            boolean open = item.group() != DueGroup.DONE && item.due() != null;
            if (open && !item.due().isAfter(limit)) {
                out.add(toJson(item, today));
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaign", campaign.id());
        json.put("today", today.toString());
        json.put("within", within);
        json.put("items", out);
        context.out().println(context.json().writeValueAsString(json));
        return CommandLineApp.OK;
    }

    private static Map<String, Object> toJson(DueItem item, LocalDate today) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("task", item.taskId());
        json.put("seq", item.seq());
        json.put("title", item.title());
        json.put("text", item.deadlineText());
        json.put("milestone", item.label());
        json.put("due", item.due().toString());
        json.put("daysLeft", item.daysLeft(today));
        json.put("group", item.group().name().toLowerCase());
        json.put("overridden", item.overridden());
        json.put("review", item.review());
        json.put("units", item.units());
        if (item.isEvidence()) {
            json.put("source", "evidence");
            json.put("requirement", item.requirementId());
        }
        return json;
    }
}
