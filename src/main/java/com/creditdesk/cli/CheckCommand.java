package com.creditdesk.cli;

import com.creditdesk.logic.evidence.EvidenceLabels;
import com.creditdesk.logic.evidence.IntegrityChecker;
import com.creditdesk.model.evidence.IntegrityProblem;
import com.creditdesk.model.evidence.IntegrityReport;

import java.util.List;
import java.util.Map;

/**
 * {@code check [--remove-orphans]}: re-hashes every evidence file and checks the evidence rows;
 * prints one line per problem and exits 1 if there is any. {@code --remove-orphans} first deletes
 * files no record refers to (left by an interrupted copy).
 */
final class CheckCommand implements Command {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String usage() {
        return "[--remove-orphans]";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        Map<String, String> options = Options.parse(args, List.of(), List.of("--remove-orphans"), 0);
        IntegrityChecker checker = new IntegrityChecker(context.database().dsl(), EvidenceCli.store(context));
        IntegrityReport report = checker.check();
        if (options.containsKey("--remove-orphans")) {
            int removed = checker.removeOrphans(report);
            context.out().println(context.messages().get("cli.check.removed", removed));
            report = checker.check();
        }
        for (IntegrityProblem problem : report.problems()) {
            context.out().println(context.messages().get(EvidenceLabels.key(problem.kind()), problem.subject(), problem.detail()));
        }
        context.out().println(context.messages().get(report.ok() ? "cli.check.ok" : "cli.check.problems",
                report.filesChecked(), report.problems().size()));
        return report.ok() ? CommandLineApp.OK : CommandLineApp.FAILURE;
    }
}
