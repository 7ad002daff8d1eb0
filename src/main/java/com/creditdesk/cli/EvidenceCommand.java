package com.creditdesk.cli;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.evidence.EvidenceQueries;
import com.creditdesk.logic.evidence.EvidenceService;
import com.creditdesk.model.evidence.CellState;
import com.creditdesk.model.evidence.CopyProgress;
import com.creditdesk.model.evidence.Delivery;
import com.creditdesk.model.evidence.EvidenceItem;
import com.creditdesk.model.evidence.EvidenceStatus;
import com.creditdesk.model.evidence.RequirementOverview;
import com.creditdesk.model.evidence.StoredFile;
import com.creditdesk.model.evidence.UnitRef;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code evidence list [--unit NAME] [--missing] [--campaign ID]} (one JSON object per requirement
 * per line), {@code evidence attach REQUIREMENT_ID FILE… [--unit NAME] [--by NAME] [--effective DATE]
 * [--note TEXT]}, {@code evidence review ITEM_ID accept|return|submit [--reason TEXT]}.
 */
final class EvidenceCommand implements Command {

    @Override
    public String name() {
        return "evidence";
    }

    @Override
    public String usage() {
        return "list [--unit NAME] [--missing] | attach REQUIREMENT_ID FILE… [--unit NAME] [--by NAME] [--effective YYYY-MM-DD] "
                + "[--note TEXT] | review ITEM_ID accept|return|submit [--reason TEXT]";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        if (args.isEmpty()) {
            throw new UsageException("cli.evidence.subcommand", "");
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "list" -> list(context, rest);
            case "attach" -> attach(context, rest);
            case "review" -> review(context, rest);
            default -> throw new UsageException("cli.evidence.subcommand", args.get(0));
        };
    }

    private int list(CliContext context, List<String> args) throws Exception {
        Map<String, String> options = Options.parse(args, List.of("--unit", "--campaign"), List.of("--missing"), 0);
        Long unitId = options.containsKey("--unit") ? EvidenceCli.unitId(context, options.get("--unit")) : null;
        boolean missing = options.containsKey("--missing");
        long campaignId = EvidenceCli.campaign(context, options.containsKey("--campaign")
                ? EvidenceCli.number("--campaign", options.get("--campaign")) : null).id();
        EvidenceQueries queries = new EvidenceQueries(context.database().dsl());
        List<RequirementOverview> overviews = unitId == null ? queries.overviews(campaignId) : queries.forUnit(campaignId, unitId);
        for (RequirementOverview o : overviews) {
            CellState state = unitId == null ? o.state() : o.stateFor(unitId);
            if (missing && state != CellState.MISSING && state != CellState.RETURNED) {
                continue;
            }
            context.out().println(context.json().writeValueAsString(toJson(o, state, unitId)));
        }
        return CommandLineApp.OK;
    }

    private static Map<String, Object> toJson(RequirementOverview o, CellState state, Long unitId) {
        var r = o.requirement();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("requirement", r.id());
        json.put("indicator", r.indicatorId());
        json.put("task", r.taskId());
        json.put("path", r.ownerPath());
        json.put("text", r.text());
        json.put("type", r.type().name());
        json.put("stampRequired", r.stampRequired());
        json.put("period", r.periodText());
        json.put("deadlineText", r.deadlineText());
        json.put("due", r.deadlineDue() == null ? null : r.deadlineDue().toString());
        json.put("state", state.name());
        List<Map<String, Object>> units = new ArrayList<>();
        for (UnitRef unit : r.units()) {
            if (unitId == null || unit.id() == unitId) {
                units.add(Map.of("unit", unit.name(), "state", o.stateFor(unit.id()).name()));
            }
        }
        json.put("units", units);
        List<Map<String, Object>> items = new ArrayList<>();
        for (EvidenceItem item : o.items()) {
            if (unitId == null || unitId.equals(item.unitId())) {
                items.add(itemJson(item));
            }
        }
        json.put("items", items);
        return json;
    }

    static Map<String, Object> itemJson(EvidenceItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("item", item.id());
        json.put("requirement", item.requirementId());
        json.put("unit", item.unitName());
        json.put("status", item.status().name());
        json.put("version", item.version());
        json.put("deliveredBy", item.deliveredBy());
        json.put("receivedAt", item.receivedAt() == null ? null : item.receivedAt().withNano(0).toString());
        json.put("effectiveDate", item.effectiveDate() == null ? null : item.effectiveDate().toString());
        json.put("note", item.note());
        json.put("returnReason", item.returnReason());
        List<Map<String, Object>> files = new ArrayList<>();
        for (StoredFile file : item.files()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("file", file.id());
            f.put("name", file.name());
            f.put("sha256", file.sha256());
            f.put("size", file.sizeBytes());
            files.add(f);
        }
        json.put("files", files);
        return json;
    }

    private int attach(CliContext context, List<String> args) throws Exception {
        Map<String, String> options = Options.parse(args, List.of("--unit", "--by", "--effective", "--note"), List.of(), 2);
        List<String> positional = Options.positional(args, List.of("--unit", "--by", "--effective", "--note"));
        if (positional.size() < 2) {
            throw new UsageException("cli.evidence.attachUsage");
        }
        long requirementId = EvidenceCli.number("REQUIREMENT_ID", positional.get(0));
        List<Path> files = positional.subList(1, positional.size()).stream().map(Path::of).toList();
        Long unitId = options.containsKey("--unit") ? EvidenceCli.unitId(context, options.get("--unit")) : null;
        LocalDate effective = null;
        if (options.containsKey("--effective")) {
            try {
                effective = LocalDate.parse(options.get("--effective"));
            } catch (DateTimeParseException e) {
                throw new UsageException("cli.error.badValue", "--effective", options.get("--effective"));
            }
        }
        EvidenceService service = new EvidenceService(context.database().dsl(), EvidenceCli.actor(), EvidenceCli.store(context));
        EvidenceItem item = service.attach(requirementId, unitId, files,
                new Delivery(options.get("--by"), null, effective, options.get("--note")), CopyProgress.NONE);
        context.out().println(context.json().writeValueAsString(itemJson(item)));
        return CommandLineApp.OK;
    }

    private int review(CliContext context, List<String> args) throws Exception {
        Map<String, String> options = Options.parse(args, List.of("--reason"), List.of(), 2);
        List<String> positional = Options.positional(args, List.of("--reason"));
        if (positional.size() != 2) {
            throw new UsageException("cli.evidence.reviewUsage");
        }
        long itemId = EvidenceCli.number("ITEM_ID", positional.get(0));
        EvidenceStatus to = switch (positional.get(1).toLowerCase(Locale.ROOT)) {
            case "accept" -> EvidenceStatus.ACCEPTED;
            case "return" -> EvidenceStatus.RETURNED;
            case "submit" -> EvidenceStatus.SUBMITTED;
            default -> throw new UsageException("cli.evidence.reviewUsage");
        };
        EvidenceService service = new EvidenceService(context.database().dsl(), EvidenceCli.actor(), EvidenceCli.store(context));
        EvidenceItem current = service.item(itemId).orElseThrow(() -> new UserFacingException("evidence.error.itemNotFound", itemId));
        EvidenceItem item = service.review(itemId, current.version(), to, options.get("--reason"));
        context.out().println(context.json().writeValueAsString(itemJson(item)));
        return CommandLineApp.OK;
    }
}
