package com.creditdesk.logic.scoring;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.indicator.DerivedInput;
import com.creditdesk.model.indicator.InputSpec;
import com.creditdesk.model.indicator.InputUnit;
import com.creditdesk.model.indicator.RuleEdit;
import com.creditdesk.model.indicator.ScoringRule;
import com.creditdesk.model.indicator.StoredNode;
import com.creditdesk.model.indicator.StoredSystem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Ties a confirmed rule to the system's inputs. A proposed rule reads placeholders ("x", a
 * reference); each becomes an input of its own, keyed by the rule's row ("in42", "in42_ref",
 * "in42_2"), unless it already names an input of the system (a copied built-in rule keeps its
 * shared inputs). The input gets the coordinator's label and unit. A move target (不适用…计入)
 * may be given by the indicator's 序号 as written.
 */
final class RuleInputsWriter {

    private final IndicatorSystemRepository repo;
    private final Messages messages;
    private final IndicatorJson json = new IndicatorJson();

    RuleInputsWriter(IndicatorSystemRepository repo, Messages messages) {
        this.repo = repo;
        this.messages = messages;
    }

    ScoringRule bind(StoredSystem system, StoredNode indicator, long ruleRowId, RuleEdit edit) {
        Set<String> defined = new HashSet<>();
        system.inputs().forEach(spec -> defined.add(spec.key()));
        String base = "in" + ruleRowId;
        ObjectNode tree = json.ruleToTree(edit.rule());
        String main = null;
        if (tree.hasNonNull("input")) {
            String given = tree.get("input").asText();
            main = edit.inputKey() != null && defined.contains(edit.inputKey()) ? edit.inputKey()
                    : defined.contains(given) ? given : base;
            tree.put("input", main);
        }
        if (tree.get("inputs") instanceof ArrayNode inputs) {
            ArrayNode keys = tree.putArray("inputs");
            for (int i = 0; i < inputs.size(); i++) {
                String given = inputs.get(i).asText();
                String key = defined.contains(given) ? given : i == 0 ? base : base + "_" + (i + 1);
                keys.add(key);
                if (i > 0) {
                    putIfNew(system, key, messages.get("indicator.input.extra", label(indicator, edit), i + 1),
                            InputUnit.YESNO);
                } else {
                    main = key;
                }
            }
        }
        if (tree.hasNonNull("reference")) {
            String given = tree.get("reference").asText();
            String key = defined.contains(given) ? given : base + "_ref";
            tree.put("reference", key);
            putIfNew(system, key, messages.get("indicator.input.reference", label(indicator, edit)),
                    unit(edit));
        }
        if (tree.hasNonNull("moveTo")) {
            tree.put("moveTo", indicatorId(system, tree.get("moveTo").asText()));
        }
        ScoringRule rule = json.ruleFromTree(tree);
        if (main != null) {
            InputUnit unit = edit.unit() != null ? edit.unit() : RuleInputUnits.infer(rule, edit.ruleText());
            Optional<InputSpec> existing = system.inputs().stream().filter(s -> s.key().equals(keyOf(tree))).findFirst();
            String label = edit.inputLabel() != null && !edit.inputLabel().isBlank() ? edit.inputLabel().strip()
                    : existing.map(InputSpec::label).orElse(indicator.displayName());
            repo.putInput(system.id(), new InputSpec(keyOf(tree), label, unit,
                    existing.map(InputSpec::min).orElse(null), existing.map(InputSpec::max).orElse(null)), null);
        }
        return rule;
    }

    private static String keyOf(JsonNode tree) {
        return tree.hasNonNull("input") ? tree.get("input").asText() : tree.get("inputs").get(0).asText();
    }

    private static String label(StoredNode indicator, RuleEdit edit) {
        return edit.inputLabel() != null && !edit.inputLabel().isBlank() ? edit.inputLabel().strip()
                : indicator.displayName();
    }

    private static InputUnit unit(RuleEdit edit) {
        return edit.unit() == null ? InputUnit.RATIO : edit.unit();
    }

    private void putIfNew(StoredSystem system, String key, String label, InputUnit unit) {
        if (system.inputs().stream().noneMatch(spec -> spec.key().equals(key))) {
            repo.putInput(system.id(), new InputSpec(key, label, unit, null, null), null);
        }
    }

    /** The target as an indicator id: given as an id, or as the 序号 the coordinator reads. */
    private static String indicatorId(StoredSystem system, String target) {
        String wanted = target.strip();
        for (StoredNode node : system.allNodes()) {
            if (node.kind().isIndicator() && String.valueOf(node.id()).equals(wanted)) {
                return wanted;
            }
        }
        for (StoredNode node : system.allNodes()) {
            if (node.kind().isIndicator() && node.code() != null && node.code().strip().equals(wanted)) {
                return String.valueOf(node.id());
            }
        }
        return wanted;
    }

    /** Removes inputs no rule reads any more (derived inputs and their parts stay). */
    void removeUnused(long systemId) {
        StoredSystem system = repo.find(systemId).orElseThrow();
        Set<String> used = new HashSet<>();
        for (StoredNode node : system.allNodes()) {
            if (node.rule() != null) {
                used.addAll(node.rule().inputKeys());
            }
        }
        for (DerivedInput derived : system.derived()) {
            used.add(derived.key());
            used.add(derived.numerator());
            used.add(derived.denominator());
        }
        for (InputSpec spec : system.inputs()) {
            if (!used.contains(spec.key())) {
                repo.deleteInput(systemId, spec.key());
            }
        }
    }
}
