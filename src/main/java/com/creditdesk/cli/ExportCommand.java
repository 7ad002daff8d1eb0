package com.creditdesk.cli;

import com.creditdesk.logic.deadline.DeadlineService;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.logic.report.ReportFormat;
import com.creditdesk.logic.report.ReportKind;
import com.creditdesk.logic.report.ReportRequest;
import com.creditdesk.logic.report.ReportService;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code export REPORT --format xlsx|docx|pdf --out FILE [--unit NAME] [--system CODE]
 * [--scenario NAME [--scenario NAME2]] [--campaign ID] [--today D]}: writes 工作台账 (ledger),
 * 催办单 (unit-checklist), 逾期/临期清单 (due), 自评打分表 (score-sheet) or 佐证材料目录
 * (evidence-index) to a file.
 */
public final class ExportCommand implements Command {

    private static final List<String> OPTIONS = List.of("--format", "--out", "--unit", "--campaign", "--today",
            "--system", "--scenario");

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "ledger|unit-checklist|due|score-sheet|evidence-index --format xlsx|docx|pdf --out FILE [--unit NAME]"
                + " [--system CODE --scenario NAME [--scenario NAME2]] [--campaign ID] [--today YYYY-MM-DD]";
    }

    @Override
    public int run(CliContext context, List<String> args) {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            throw new UsageException("cli.export.error.missingReport");
        }
        ReportKind kind = ReportKind.fromCliName(args.get(0))
                .orElseThrow(() -> new UsageException("cli.export.error.unknownReport", args.get(0)));
        ReportFormat format = null;
        Path out = null;
        String unit = null;
        String system = null;
        List<String> scenarios = new ArrayList<>();
        Long campaign = null;
        LocalDate today = LocalDate.now();
        for (int i = 1; i < args.size(); i++) {
            String option = args.get(i);
            if (!OPTIONS.contains(option)) {
                throw new UsageException("cli.error.unknownOption", option);
            }
            if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                throw new UsageException("cli.export.error.missingValue", option);
            }
            String value = args.get(++i);
            switch (option) {
                case "--format" -> format = ReportFormat.fromName(value)
                        .orElseThrow(() -> new UsageException("cli.export.error.badFormat", value));
                case "--out" -> out = Path.of(value);
                case "--unit" -> unit = value;
                case "--system" -> system = value;
                case "--scenario" -> scenarios.add(value);
                case "--campaign" -> campaign = number(value);
                default -> today = date(value);
            }
        }
        if (format == null) {
            throw new UsageException("cli.export.error.missingFormat");
        }
        if (out == null) {
            throw new UsageException("cli.export.error.missingOut");
        }
        if (kind.scoring() && system == null) {
            throw new UsageException("cli.export.error.missingSystem");
        }
        if (!kind.scoring() && (system != null || !scenarios.isEmpty())) {
            throw new UsageException("cli.export.error.scoringOption", kind.cliName());
        }
        if (scenarios.size() > ReportService.MAX_SCENARIOS) {
            throw new UsageException("cli.export.error.tooManyScenarios", ReportService.MAX_SCENARIOS);
        }
        String actor = System.getProperty("user.name", "cli");
        ReportService reports = new ReportService(context.database().dsl(),
                new LedgerService(context.database().dsl(), actor),
                new DeadlineService(context.database().dsl(), actor, DeadlineService.standardBoard()), context.messages());
        Path written = reports.export(new ReportRequest(kind, campaign, unit, today, system, scenarios), format, out);
        context.out().println(context.messages().get("cli.export.written", written));
        return CommandLineApp.OK;
    }

    private static long number(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("cli.error.notANumber", value);
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("cli.export.error.badDate", value);
        }
    }
}
