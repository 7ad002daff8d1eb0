package com.creditdesk.cli;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.importer.DatabaseImportWriter;
import com.creditdesk.logic.importer.ImportWriter;
import com.creditdesk.logic.importer.NoticeImporter;
import com.creditdesk.model.importer.ClassifiedTable;
import com.creditdesk.model.importer.ColumnRole;
import com.creditdesk.model.importer.ExistingCampaign;
import com.creditdesk.model.importer.ImportOptions;
import com.creditdesk.model.importer.ImportPreview;
import com.creditdesk.model.importer.ImportResult;
import com.creditdesk.model.importer.ImportWarning;
import com.creditdesk.model.importer.MergedRange;
import com.creditdesk.model.importer.RowKind;
import com.creditdesk.model.importer.TableKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code import FILE [--dry-run] [--json] [--first-is-lead] [--kind N=KIND] [--column N:C=ROLE]}: reads a notice and
 * either prints what it would import (dry run, no database) or hands it to an {@link ImportWriter}.
 */
public final class ImportCommand implements Command {

    /** The one-line description --help shows (looked up as cli.NAME.summary). */
    static final String SUMMARY_KEY = "cli.import.summary";
    private static final Pattern COLUMN_SPEC = Pattern.compile("(\\d{1,4})\\s*:\\s*(\\d{1,4})\\s*=\\s*([A-Za-z_]+)");

    private final Function<Database, ImportWriter> writerFactory;

    public ImportCommand(Function<Database, ImportWriter> writerFactory) {
        this.writerFactory = writerFactory;
    }

    /** The writer until the database side exists: says so in the user's language. */
    public static ImportWriter unavailableWriter(Database database) {
        return (preview, options) -> {
            throw new UserFacingException("error.import.writeUnavailable", preview.fileName());
        };
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "FILE [--dry-run] [--json] [--first-is-lead] [--kind N=TASK_LEDGER|INDICATOR_TABLE|UNIT_DUTY_LIST] [--column N:C=ROLE]... [--update|--new]";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        Path file = null;
        boolean dryRun = false;
        boolean json = false;
        ImportOptions options = ImportOptions.defaults();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--dry-run" -> dryRun = true;
                case "--json" -> json = true;
                case "--first-is-lead" -> options = options.withFirstUnitIsLead(true);
                case "--update" -> options = options.withOnExisting(ExistingCampaign.UPDATE);
                case "--new" -> options = options.withOnExisting(ExistingCampaign.NEW);
                case "--kind" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("cli.import.badKind", "");
                    }
                    options = withKind(options, args.get(++i));
                }
                case "--column" -> {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("cli.import.badColumn", "");
                    }
                    options = withColumn(options, args.get(++i));
                }
                default -> {
                    if (arg.startsWith("--") || file != null) {
                        throw new UsageException("cli.import.badArgument", arg);
                    }
                    file = Path.of(arg);
                }
            }
        }
        if (file == null) {
            throw new UsageException("cli.import.missingFile");
        }
        ImportPreview preview = new NoticeImporter().preview(file, options);
        if (dryRun) {
            if (json) {
                context.out().println(context.json().writeValueAsString(toJson(preview, context)));
            } else {
                context.out().println(context.messages().get("cli.import.previewSummary", preview.fileName(),
                        preview.tables().size(), preview.tasks().size(), preview.indicators().size(),
                        preview.units().size(), preview.warnings().size()));
                for (ImportWarning warning : preview.warnings()) {
                    context.out().println("  " + context.messages().get(warning.messageKey(), warning.args().toArray()));
                }
            }
            return CommandLineApp.OK;
        }
        ImportWriter writer = writerFactory.apply(context.database());
        Optional<Long> earlier = writer.findCampaignBySha256(DatabaseImportWriter.sha256(file));
        if (earlier.isPresent() && options.onExisting() == ExistingCampaign.REFUSE) {
            throw new UsageException("cli.import.alreadyImported", preview.fileName(), earlier.get());
        }
        ImportResult result = writer.write(preview, options.withSourceFile(file));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("campaign", result.campaignId());
        out.put("tasks", result.tasks());
        out.put("indicators", result.indicators());
        out.put("units", result.units());
        out.put("newUnits", result.newUnits());
        out.put("warnings", result.warnings());
        context.out().println(context.json().writeValueAsString(out));
        return CommandLineApp.OK;
    }

    private static ImportOptions withKind(ImportOptions options, String spec) {
        int eq = spec.indexOf('=');
        try {
            int table = Integer.parseInt(spec.substring(0, eq).strip());
            return options.withTableKind(table, TableKind.valueOf(spec.substring(eq + 1).strip().toUpperCase(Locale.ROOT)));
        } catch (RuntimeException e) {
            throw new UsageException("cli.import.badKind", spec);
        }
    }

    /** {@code N:C=ROLE}: column C of table N (both from 0, as in the JSON) read as ROLE. */
    private static ImportOptions withColumn(ImportOptions options, String spec) {
        Matcher m = COLUMN_SPEC.matcher(spec.strip());
        if (!m.matches()) {
            throw new UsageException("cli.import.badColumn", spec);
        }
        try {
            ColumnRole role = ColumnRole.valueOf(m.group(3).toUpperCase(Locale.ROOT));
            return options.withColumnRole(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), role);
        } catch (IllegalArgumentException e) {
            throw new UsageException("cli.import.badColumn", spec);
        }
    }

    static Map<String, Object> toJson(ImportPreview preview, CliContext context) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("file", preview.fileName());
        List<Map<String, Object>> tables = new ArrayList<>();
        for (ClassifiedTable table : preview.tables()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("title", table.title());
            t.put("kind", table.kind().name());
            t.put("cells", table.cells());
            t.put("merges", table.merges().stream().map(MergedRange::asList).toList());
            t.put("kinds", table.kinds().stream().map(RowKind::word).toList());
            t.put("roles", table.roles());
            tables.add(t);
        }
        root.put("tables", tables);
        root.put("tasks", preview.tasks());
        root.put("indicators", preview.indicators());
        root.put("units", preview.units());
        List<Map<String, Object>> warnings = new ArrayList<>();
        for (ImportWarning warning : preview.warnings()) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("type", warning.type().name());
            w.put("key", warning.messageKey());
            w.put("args", warning.args());
            w.put("message", context.messages().get(warning.messageKey(), warning.args().toArray()));
            w.put("table", warning.source() == null ? null : warning.source().tableIndex());
            w.put("row", warning.source() == null ? null : warning.source().row());
            warnings.add(w);
        }
        root.put("warnings", warnings);
        return root;
    }
}
