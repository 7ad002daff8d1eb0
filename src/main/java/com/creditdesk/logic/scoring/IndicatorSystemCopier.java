package com.creditdesk.logic.scoring;

import com.creditdesk.model.indicator.Category;
import com.creditdesk.model.indicator.DerivedInput;
import com.creditdesk.model.indicator.Indicator;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.InputSpec;
import com.creditdesk.model.indicator.NotApplicable;
import com.creditdesk.model.indicator.ScoringRule;
import com.creditdesk.model.indicator.StoredNodeKind;
import com.creditdesk.model.indicator.SubRule;
import com.creditdesk.model.indicator.Unconfirmed;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a whole indicator system as rows, so a built-in system can be edited as a copy. Input
 * keys are kept; indicator ids become row ids, and move targets (不适用…计入) follow them.
 * An indicator whose single rule is its own text keeps the rule on its row; otherwise each
 * sub-rule gets a RULE row.
 */
final class IndicatorSystemCopier {

    private final IndicatorSystemRepository repo;

    IndicatorSystemCopier(IndicatorSystemRepository repo) {
        this.repo = repo;
    }

    long copy(IndicatorSystem source, String code, String name) {
        long systemId = repo.insertSystem(code, name, source.source(), source.documentedTotal(), source.bonusCap(),
                source.note());
        for (InputSpec spec : source.inputs()) {
            Optional<DerivedInput> derived = source.derived().stream().filter(d -> d.key().equals(spec.key())).findFirst();
            repo.putInput(systemId, spec, derived.orElse(null));
        }
        Map<String, String> ids = new HashMap<>();
        Map<Long, SubRule> rules = new HashMap<>();
        for (Category category : source.categories()) {
            Long parent = null;
            if (category.code() != null || !category.title().isBlank()) {
                parent = repo.insertNode(systemId, null, StoredNodeKind.CATEGORY, category.code(), category.title(),
                        category.maxPoints());
            }
            for (Indicator indicator : category.indicators()) {
                long id = repo.insertNode(systemId, parent, StoredNodeKind.of(indicator.kind()), indicator.code(),
                        indicator.title(), indicator.maxPoints());
                ids.put(indicator.id(), String.valueOf(id));
                repo.updateScoring(id, indicator.combine(), indicator.floor());
                repo.updateRule(id, indicator.ruleText(), null, indicator.note());
                if (ownRule(indicator)) {
                    rules.put(id, indicator.rules().get(0));
                } else {
                    for (SubRule sub : indicator.rules()) {
                        long subId = repo.insertNode(systemId, id, StoredNodeKind.RULE, sub.code(), "", null);
                        repo.updateRule(subId, sub.text(), null, null);
                        rules.put(subId, sub);
                    }
                }
            }
        }
        // rules last: a move target may come after the indicator that names it
        rules.forEach((rowId, sub) -> repo.updateRuleJson(rowId,
                sub.rule() instanceof Unconfirmed ? null : retarget(sub.rule(), ids)));
        return systemId;
    }

    private static boolean ownRule(Indicator indicator) {
        if (indicator.rules().size() != 1) {
            return false;
        }
        SubRule only = indicator.rules().get(0);
        return only.code() == null && (only.text() == null || only.text().equals(indicator.ruleText()));
    }

    private static ScoringRule retarget(ScoringRule rule, Map<String, String> ids) {
        if (rule instanceof NotApplicable na && ids.containsKey(na.moveTo())) {
            return new NotApplicable(na.input(), na.op(), na.threshold(), ids.get(na.moveTo()), na.moveToMax());
        }
        return rule;
    }
}
