package com.creditdesk.logic.scoring;

import com.creditdesk.model.indicator.Category;
import com.creditdesk.model.indicator.Indicator;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.InputSpec;
import com.creditdesk.model.indicator.ScoringRule;
import com.creditdesk.model.indicator.StoredNode;
import com.creditdesk.model.indicator.StoredNodeKind;
import com.creditdesk.model.indicator.StoredSystem;
import com.creditdesk.model.indicator.SubRule;
import com.creditdesk.model.indicator.Unconfirmed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored system as the calculator sees it. Indicator ids are the rows' ids; an indicator's
 * sub-rules are its RULE rows, or its own rule when it has none; an untyped rule becomes
 * {@link Unconfirmed} (待确认规则, no score). Indicators outside any category form one unnamed
 * category. An input a rule reads but the system does not define gets a spec named after its
 * indicator, so the coordinator can still enter it.
 */
public final class StoredSystemModel {

    private StoredSystemModel() {
    }

    public static IndicatorSystem toModel(StoredSystem stored) {
        Map<String, InputSpec> inputs = new LinkedHashMap<>();
        stored.inputs().forEach(spec -> inputs.put(spec.key(), spec));
        List<Category> categories = new ArrayList<>();
        List<Indicator> loose = new ArrayList<>();
        for (StoredNode node : stored.nodes()) {
            if (node.kind() == StoredNodeKind.CATEGORY) {
                flushLoose(loose, categories);
                List<Indicator> indicators = new ArrayList<>();
                collectIndicators(node.children(), indicators, inputs);
                categories.add(new Category(node.code(), node.title() == null ? "" : node.title(),
                        node.maxPoints(), indicators));
            } else if (node.kind().isIndicator()) {
                loose.add(indicator(node, inputs));
            }
        }
        flushLoose(loose, categories);
        return new IndicatorSystem(stored.code(), stored.name(), stored.source(), stored.totalPoints(),
                stored.bonusCap(), stored.note(), categories, List.copyOf(inputs.values()), stored.derived());
    }

    private static void flushLoose(List<Indicator> loose, List<Category> categories) {
        if (!loose.isEmpty()) {
            categories.add(new Category(null, "", null, loose));
            loose.clear();
        }
    }

    private static void collectIndicators(List<StoredNode> nodes, List<Indicator> into, Map<String, InputSpec> inputs) {
        for (StoredNode node : nodes) {
            if (node.kind().isIndicator()) {
                into.add(indicator(node, inputs));
            } else if (node.kind() == StoredNodeKind.CATEGORY) {
                collectIndicators(node.children(), into, inputs);
            }
        }
    }

    private static Indicator indicator(StoredNode node, Map<String, InputSpec> inputs) {
        List<SubRule> rules = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (node.ruleNote() != null && !node.ruleNote().isBlank()) {
            notes.add(node.ruleNote());
        }
        List<StoredNode> subRules = node.subRules();
        if (subRules.isEmpty()) {
            rules.add(subRule(node, node, inputs));
        } else {
            for (StoredNode sub : subRules) {
                rules.add(subRule(node, sub, inputs));
                if (sub.ruleNote() != null && !sub.ruleNote().isBlank()) {
                    notes.add((sub.code() == null ? "" : sub.code() + " ") + sub.ruleNote());
                }
            }
        }
        String title = node.title() == null ? "" : node.title();
        return new Indicator(String.valueOf(node.id()), node.code(), title, node.maxPoints(),
                node.kind().indicatorKind(), node.ruleText(), notes.isEmpty() ? null : String.join("\n", notes),
                null, List.of(), node.combine(), node.floor(), rules);
    }

    private static SubRule subRule(StoredNode indicator, StoredNode holder, Map<String, InputSpec> inputs) {
        ScoringRule rule = holder.rule() == null ? new Unconfirmed() : holder.rule();
        for (String key : rule.inputKeys()) {
            inputs.computeIfAbsent(key, k -> new InputSpec(k, indicator.displayName(),
                    RuleInputUnits.infer(rule, holder.ruleText()), null, null));
        }
        return new SubRule(holder == indicator ? null : holder.code(), holder.ruleText(), rule);
    }
}
