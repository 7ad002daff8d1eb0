package com.creditdesk.cli;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.DataDirectory;
import com.creditdesk.logic.exchange.PackageFormat;
import com.creditdesk.logic.exchange.PackageReceiver;
import com.creditdesk.model.exchange.EntityCounts;
import com.creditdesk.model.exchange.ExchangeConflict;
import com.creditdesk.model.exchange.ReceiveReport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code receive FILE… [--key-file F]}: receives counties' 报送包 into this (city) database, one
 * transaction per package, and prints one JSON report per package. A refused package is reported
 * ({@code "error"}) and the others are still received; the exit code is then 1.
 */
final class ReceiveCommand implements Command {

    private final String actor;

    ReceiveCommand(String actor) {
        this.actor = actor;
    }

    @Override
    public String name() {
        return "receive";
    }

    @Override
    public String usage() {
        return "FILE.zip… [--key-file KEY.txt]   (then: conflicts)";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        List<Path> files = new ArrayList<>();
        byte[] key = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--key-file") && i + 1 < args.size()) {
                key = PackageFormat.readKeyFile(Path.of(args.get(++i)));
            } else if (args.get(i).startsWith("--")) {
                throw new UsageException("cli.receive.usage");
            } else {
                files.add(Path.of(args.get(i)));
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("cli.receive.usage");
        }
        PackageReceiver receiver = new PackageReceiver(context.database().dsl(),
                DataDirectory.filesDirectory(context.databaseFile()), actor);
        int exit = CommandLineApp.OK;
        for (Path file : files) {
            try {
                context.out().println(context.json().writeValueAsString(toJson(receiver.receive(file, key))));
            } catch (UserFacingException e) {
                String message = e.localizedMessage(context.messages());
                context.err().println(message);
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("file", file.getFileName().toString());
                json.put("error", e.key());
                json.put("message", message);
                context.out().println(context.json().writeValueAsString(json));
                exit = CommandLineApp.FAILURE;
            }
        }
        return exit;
    }

    static Map<String, Object> toJson(ReceiveReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", report.file());
        json.put("sha256", report.sha256());
        json.put("county", report.countyCode());
        json.put("countyName", report.countyName());
        json.put("createdAt", report.createdAt());
        json.put("campaigns", report.campaignIds());
        json.put("tasks", counts(report.countsOf("task")));
        json.put("evidenceItems", counts(report.countsOf("evidence_item")));
        json.put("filesAdded", report.filesAdded());
        json.put("conflicts", report.conflicts().stream().map(ReceiveCommand::conflict).toList());
        return json;
    }

    private static Map<String, Object> counts(EntityCounts counts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("added", counts.added());
        json.put("updated", counts.updated());
        json.put("unchanged", counts.unchanged());
        json.put("removed", counts.removed());
        json.put("conflicted", counts.conflicted());
        return json;
    }

    static Map<String, Object> conflict(ExchangeConflict conflict) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", conflict.id());
        json.put("county", conflict.countyCode());
        json.put("entity", conflict.entity());
        json.put("label", conflict.label());
        json.put("field", conflict.field());
        json.put("city", conflict.cityValue());
        json.put("countyValue", conflict.countyValue());
        return json;
    }
}
