package com.creditdesk.cli;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskUnit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code tasks [--campaign ID]}: the ledger as JSON, texts verbatim, for scripts and checks. */
final class TasksCommand implements Command {

    @Override
    public String name() {
        return "tasks";
    }

    @Override
    public String usage() {
        return "[--campaign ID]";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        Long campaignId = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--campaign") && i + 1 < args.size()) {
                try {
                    campaignId = Long.parseLong(args.get(++i));
                } catch (NumberFormatException e) {
                    throw new UsageException("cli.error.notANumber", args.get(i));
                }
            } else {
                throw new UsageException("cli.error.unknownOption", args.get(i));
            }
        }
        LedgerService ledger = new LedgerService(context.database().dsl(), System.getProperty("user.name", "cli"));
        List<Campaign> campaigns = ledger.campaigns();
        Campaign campaign;
        if (campaignId == null) {
            if (campaigns.isEmpty()) {
                throw new UserFacingException("cli.tasks.noCampaign");
            }
            campaign = campaigns.get(0);
        } else {
            long wanted = campaignId;
            campaign = campaigns.stream().filter(c -> c.id() == wanted).findFirst()
                    .orElseThrow(() -> new UserFacingException("error.campaign.notFound", wanted));
        }
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (Task task : ledger.tasks(campaign.id())) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", task.id());
            json.put("parent", task.parentId());
            json.put("kind", task.kind().name().toLowerCase());
            json.put("seq", task.seqLabel());
            json.put("title", task.title());
            json.put("status", task.status().name().toLowerCase());
            json.put("deadlineText", task.deadlineText());
            json.put("unitsText", task.unitsText());
            List<Map<String, String>> units = new ArrayList<>();
            for (TaskUnit unit : task.units()) {
                units.add(Map.of("name", unit.unitName(), "role", unit.role().name().toLowerCase()));
            }
            json.put("units", units);
            json.put("progress", task.progressNote());
            tasks.add(json);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("campaign", Map.of("id", campaign.id(), "name", campaign.name()));
        out.put("tasks", tasks);
        context.out().println(context.json().writeValueAsString(out));
        return CommandLineApp.OK;
    }
}
