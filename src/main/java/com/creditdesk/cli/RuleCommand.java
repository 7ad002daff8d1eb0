package com.creditdesk.cli;

import com.creditdesk.logic.scoring.IndicatorJson;
import com.creditdesk.logic.scoring.RuleProposer;
import com.creditdesk.model.indicator.ProposedRule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code rule --text "…"}: the typed rule proposed for one 评分标准 sentence, as JSON. */
public final class RuleCommand implements Command {

    @Override
    public String name() {
        return "rule";
    }

    @Override
    public String usage() {
        return "--text \"评分标准\"";
    }

    @Override
    public int run(CliContext context, List<String> args) throws Exception {
        ScoringCliSupport.onlyOptions(args, List.of("--text"), List.of());
        String text = ScoringCliSupport.option(args, "--text");
        if (text == null || text.isBlank()) {
            throw new UsageException("cli.rule.missingText");
        }
        ProposedRule proposal = new RuleProposer().propose(text);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", proposal.text());
        out.put("kind", proposal.kind());
        out.put("rule", proposal.rule() == null ? null
                : new IndicatorJson().mapper().readTree(new IndicatorJson().writeRule(proposal.rule())));
        out.put("declaredMax", proposal.declaredMax());
        out.put("confidence", proposal.confidence());
        out.put("notes", proposal.notes().stream()
                .map(note -> context.messages().get(note.key(), note.args().toArray())).toList());
        ScoringCliSupport.print(context, out);
        return CommandLineApp.OK;
    }
}
