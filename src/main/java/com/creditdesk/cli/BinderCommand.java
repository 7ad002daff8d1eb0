package com.creditdesk.cli;

import com.creditdesk.logic.evidence.BinderExporter;
import com.creditdesk.model.evidence.BinderResult;
import com.creditdesk.model.evidence.CopyProgress;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code binder --out DIR|FILE.zip [--campaign ID]}: the assessor binder of accepted evidence. */
final class BinderCommand implements Command {

    @Override
    public String name() {
        return "binder";
    }

    @Override
    public String usage() {
        return "--out DIR|FILE.zip [--campaign ID]";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        Map<String, String> options = Options.parse(args, List.of("--out", "--campaign"), List.of(), 0);
        if (!options.containsKey("--out")) {
            throw new UsageException("cli.binder.needOut");
        }
        long campaignId = EvidenceCli.campaign(context, options.containsKey("--campaign")
                ? EvidenceCli.number("--campaign", options.get("--campaign")) : null).id();
        BinderResult result = new BinderExporter(context.database().dsl(), EvidenceCli.store(context))
                .export(campaignId, Path.of(options.get("--out")), CopyProgress.NONE);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("output", result.output().toString());
        json.put("zip", result.zip());
        json.put("files", result.files());
        json.put("bytes", result.bytes());
        json.put("index", BinderExporter.INDEX);
        json.put("manifest", BinderExporter.MANIFEST);
        context.out().println(context.json().writeValueAsString(json));
        return CommandLineApp.OK;
    }
}
