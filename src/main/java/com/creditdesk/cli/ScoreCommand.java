package com.creditdesk.cli;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.scoring.GainAnalyzer;
import com.creditdesk.logic.scoring.ScoreCalculator;
import com.creditdesk.model.indicator.IndicatorScore;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.InputProblem;
import com.creditdesk.model.indicator.ScoreResult;
import com.fasterxml.jackson.core.type.TypeReference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code score --system ID [--inputs FILE.json] [--gains]}: a what-if score as JSON. */
public final class ScoreCommand implements Command {

    @Override
    public String name() {
        return "score";
    }

    @Override
    public String usage() {
        return "--system ID [--inputs FILE.json] [--gains]";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        ScoringCliSupport.onlyOptions(args, List.of("--system", "--inputs"), List.of("--gains"));
        String code = ScoringCliSupport.option(args, "--system");
        if (code == null) {
            throw new UsageException("cli.score.missingSystem");
        }
        IndicatorSystem system = ScoringCliSupport.system(context, code);
        String file = ScoringCliSupport.option(args, "--inputs");
        Map<String, Object> inputs = file == null ? Map.of() : readInputs(context, system, Path.of(file));
        ScoreResult result = new ScoreCalculator().evaluate(system, inputs);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("system", system.code());
        out.put("total", result.total());
        out.put("max", result.max());
        out.put("bonus", result.bonus());
        out.put("verdict", result.verdict());
        out.put("complete", result.complete());
        out.put("veto", Map.of("failed", result.vetoFailures()));
        out.put("categories", result.categories());
        out.put("indicators", result.indicators().stream().map(score -> indicator(context, score)).toList());
        out.put("missing", result.missing());
        if (args.contains("--gains")) {
            out.put("gains", new GainAnalyzer().analyze(system, inputs));
        }
        ScoringCliSupport.print(context, out);
        return CommandLineApp.OK;
    }

    private static Map<String, Object> readInputs(CliContext context, IndicatorSystem system, Path file) {
        Map<String, Object> inputs;
        try {
            inputs = context.json().readValue(Files.readAllBytes(file), new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UserFacingException(e, "scoring.inputs.file", file, e.getMessage());
        }
        List<String> unknown = new ArrayList<>();
        for (String key : inputs.keySet()) {
            if (system.input(key).isEmpty()) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw new UserFacingException("scoring.inputs.unknown", file, String.join("、", unknown), system.code());
        }
        return inputs;
    }

    private static Map<String, Object> indicator(CliContext context, IndicatorScore score) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", score.id());
        row.put("code", score.code());
        row.put("title", score.title());
        row.put("kind", score.kind());
        row.put("score", score.score());
        row.put("max", score.max());
        row.put("rule", score.rule());
        row.put("status", score.status());
        row.put("missing", score.missingInputs());
        List<String> problems = new ArrayList<>();
        for (InputProblem problem : score.problems()) {
            problems.add(context.messages().get(problem.messageKey(), problem.args().toArray()));
        }
        row.put("problems", problems);
        return row;
    }
}
