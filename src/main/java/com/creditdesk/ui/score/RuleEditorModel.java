package com.creditdesk.ui.score;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.scoring.RuleForm;
import com.creditdesk.logic.scoring.RuleInputUnits;
import com.creditdesk.logic.scoring.RuleParameter;
import com.creditdesk.logic.scoring.RuleProposer;
import com.creditdesk.model.indicator.InputSpec;
import com.creditdesk.model.indicator.InputUnit;
import com.creditdesk.model.indicator.ProposedRule;
import com.creditdesk.model.indicator.RuleEdit;
import com.creditdesk.model.indicator.ScoringRule;
import com.creditdesk.model.indicator.StoredNode;
import com.creditdesk.model.indicator.StoredSystem;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Paste a 评分标准 sentence, let {@link RuleProposer} propose a typed rule (kind, numbers, bounds,
 * cap) shown as editable fields, correct it, and confirm: the text stays verbatim beside it.
 */
public final class RuleEditorModel {

    /** One parameter of the rule being edited, as text. */
    public record ParamField(RuleParameter parameter, String label, StringProperty text) {
    }

    private final Messages messages;
    private final RuleForm form;
    private final StringProperty ruleText = new SimpleStringProperty("");
    private final ObjectProperty<String> kind = new SimpleObjectProperty<>("UNCONFIRMED");
    private final ObservableList<ParamField> params = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty inputLabel = new SimpleStringProperty("");
    private final ObjectProperty<InputUnit> unit = new SimpleObjectProperty<>();
    private final StringProperty proposal = new SimpleStringProperty("");
    private ScoringRule original;
    private String inputKey;
    private java.math.BigDecimal indicatorMax;

    RuleEditorModel(Messages messages) {
        this.messages = messages;
        this.form = new RuleForm(messages);
        kind.addListener((obs, old, now) -> rebuildParams(Map.of()));
    }

    /** Shows the stored rule of {@code holder} (an indicator without sub-rules, or a sub-rule). */
    void load(StoredNode holder, StoredNode indicator, StoredSystem system) {
        original = holder.rule();
        indicatorMax = indicator.maxPoints();
        inputKey = original == null || original.inputKeys().isEmpty() ? null : original.inputKeys().get(0);
        InputSpec spec = inputKey == null ? null
                : system.inputs().stream().filter(s -> s.key().equals(inputKey)).findFirst().orElse(null);
        ruleText.set(holder.ruleText() == null ? "" : holder.ruleText());
        note.set(holder.ruleNote() == null ? "" : holder.ruleNote());
        inputLabel.set(spec != null ? spec.label() : indicator.displayName());
        unit.set(spec != null ? spec.unit() : null);
        proposal.set("");
        show(RuleForm.kindOf(original), form.texts(original));
    }

    private void show(String newKind, Map<RuleParameter, String> texts) {
        if (newKind.equals(kind.get())) {
            rebuildParams(texts);
        } else {
            kind.set(newKind);
            rebuildParams(texts);
        }
    }

    private void rebuildParams(Map<RuleParameter, String> texts) {
        Map<RuleParameter, String> keep = new EnumMap<>(RuleParameter.class);
        params.forEach(field -> keep.put(field.parameter(), field.text().get()));
        keep.putAll(texts);
        params.setAll(RuleForm.parameters(kind.get()).stream().map(p -> new ParamField(p, form.label(p),
                new SimpleStringProperty(keep.getOrDefault(p, "")))).toList());
    }

    /** Proposes a typed rule for the text; an unrecognised text leaves the rule 待确认. */
    public void propose() {
        RuleProposer proposer = new RuleProposer();
        ProposedRule proposed = proposer.propose(ruleText.get());
        StringBuilder notes = new StringBuilder();
        if (proposed.rule() == null && proposed.declaredMax() == null && indicatorMax != null) {
            // 未整改到位扣2分 under an indicator of 4 points: read the text as the item's own (4分) rule
            ProposedRule withMax = proposer.propose("(" + indicatorMax.toPlainString() + "分)" + ruleText.get());
            if (withMax.rule() != null) {
                proposed = new ProposedRule(proposed.text(), withMax.kind(), withMax.rule(), null,
                        withMax.confidence(), withMax.notes());
                notes.append(messages.get("rule.proposal.usedMax", indicatorMax.toPlainString())).append('\n');
            }
        }
        if (proposed.rule() == null) {
            show("UNCONFIRMED", Map.of());
            notes.append(messages.get("rule.proposal.unknown"));
        } else {
            notes.append(messages.get("rule.proposal.kind", messages.get("rule.kind." + proposed.kind()),
                    Math.round(proposed.confidence() * 100)));
            original = proposed.rule();
            if (unit.get() == null || inputKey == null) {
                unit.set(RuleInputUnits.infer(proposed.rule(), ruleText.get()));
            }
            params.clear();
            show(proposed.kind(), form.texts(proposed.rule()));
        }
        if (proposed.declaredMax() != null) {
            notes.append('\n').append(messages.get("rule.proposal.declared", proposed.declaredMax().toPlainString()));
        }
        for (ProposedRule.Note item : proposed.notes()) {
            // the app names the input itself (输入名称), so the placeholder note would only confuse
            if (!item.key().equals("scoring.propose.note.unknown") && !item.key().equals("scoring.propose.note.placeholder")) {
                notes.append('\n').append(messages.get(item.key(), item.args().toArray()));
            }
        }
        proposal.set(notes.toString());
    }

    /** The confirmed rule as the service saves it; a faulty field throws a Chinese sentence. */
    RuleEdit toEdit() {
        Map<RuleParameter, String> texts = new EnumMap<>(RuleParameter.class);
        params.forEach(field -> texts.put(field.parameter(), field.text().get()));
        ScoringRule rule = form.build(kind.get(), texts, original);
        return new RuleEdit(ruleText.get(), rule, note.get(), inputKey, inputLabel.get(), unit.get());
    }

    public List<String> kinds() {
        return RuleForm.kinds();
    }

    public String kindLabel(String name) {
        return name == null ? "" : messages.get("rule.kind." + name);
    }

    public StringProperty ruleTextProperty() {
        return ruleText;
    }

    public ObjectProperty<String> kindProperty() {
        return kind;
    }

    public ObservableList<ParamField> params() {
        return params;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty inputLabelProperty() {
        return inputLabel;
    }

    public ObjectProperty<InputUnit> unitProperty() {
        return unit;
    }

    public StringProperty proposalProperty() {
        return proposal;
    }

    /** A parameter's text field, for tests and the view. */
    public StringProperty param(RuleParameter parameter) {
        return params.stream().filter(p -> p.parameter() == parameter).findFirst().map(ParamField::text).orElseThrow();
    }
}
