package com.creditdesk.ui.score;

import com.creditdesk.ui.util.NamedConverter;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.scoring.RuleParameter;
import com.creditdesk.model.indicator.Comparison;
import com.creditdesk.model.indicator.InputUnit;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.Arrays;

/**
 * The rule of one indicator or sub-rule: the 评分标准 text verbatim (paste it here), "建议规则"
 * to have it read, the proposed kind and parameters as editable fields, the input it reads, the
 * reading note, and "确认并保存".
 */
final class RuleEditorPane extends VBox {

    private final RuleEditorModel rule;
    private final Messages messages;
    private final GridPane params = new GridPane();

    RuleEditorPane(RuleEditorModel rule, Messages messages, Runnable confirm) {
        super(6);
        this.rule = rule;
        this.messages = messages;
        setId("ruleEditor");
        Label heading = new Label(messages.get("editor.rule.heading"));
        heading.getStyleClass().add("section-title");
        TextArea text = new TextArea();
        text.setId("ruleText");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setPromptText(messages.get("editor.rule.paste"));
        text.textProperty().bindBidirectional(rule.ruleTextProperty());
        Button propose = new Button(messages.get("editor.rule.propose"));
        propose.setId("proposeRule");
        propose.setOnAction(e -> rule.propose());
        Label proposal = new Label();
        proposal.setId("ruleProposal");
        proposal.setWrapText(true);
        proposal.getStyleClass().add("hint-text");
        proposal.textProperty().bind(rule.proposalProperty());

        ComboBox<String> kind = new ComboBox<>(FXCollections.observableArrayList(rule.kinds()));
        kind.setId("ruleKind");
        kind.setConverter(NamedConverter.named(rule::kindLabel));
        kind.valueProperty().bindBidirectional(rule.kindProperty());
        params.setHgap(8);
        params.setVgap(4);
        params.setId("ruleParams");
        rule.params().addListener((ListChangeListener<RuleEditorModel.ParamField>) change -> showParams());
        showParams();

        TextField inputLabel = new TextField();
        inputLabel.setId("ruleInputLabel");
        inputLabel.textProperty().bindBidirectional(rule.inputLabelProperty());
        ComboBox<InputUnit> unit = new ComboBox<>(FXCollections.observableArrayList(InputUnit.values()));
        unit.setId("ruleUnit");
        unit.setConverter(NamedConverter.named(u -> messages.get("editor.unit." + u.name())));
        unit.valueProperty().bindBidirectional(rule.unitProperty());
        TextArea note = new TextArea();
        note.setId("ruleNote");
        note.setWrapText(true);
        note.setPrefRowCount(2);
        note.textProperty().bindBidirectional(rule.noteProperty());
        Button save = new Button(messages.get("editor.rule.confirm"));
        save.setId("confirmRule");
        save.setDefaultButton(false);
        save.setOnAction(e -> confirm.run());

        GridPane input = new GridPane();
        input.setHgap(8);
        input.setVgap(4);
        input.addRow(0, new Label(messages.get("editor.rule.kind")), kind);
        input.addRow(1, new Label(messages.get("editor.rule.input")), inputLabel);
        input.addRow(2, new Label(messages.get("editor.rule.unit")), unit);
        getChildren().addAll(heading, text, new HBox(8, propose), proposal, input, params,
                new Label(messages.get("editor.rule.note")), note, save);
    }

    private void showParams() {
        params.getChildren().clear();
        int row = 0;
        for (RuleEditorModel.ParamField field : rule.params()) {
            params.addRow(row++, new Label(field.label()), editor(field));
        }
    }

    private Node editor(RuleEditorModel.ParamField field) {
        RuleParameter.Type type = field.parameter().type();
        Node node;
        if (type == RuleParameter.Type.TIER_LINES || type == RuleParameter.Type.OPTION_LINES) {
            TextArea area = new TextArea();
            area.setPrefRowCount(3);
            area.setPrefColumnCount(24);
            area.textProperty().bindBidirectional(field.text());
            node = area;
        } else if (type == RuleParameter.Type.YES_NO) {
            CheckBox box = new CheckBox(messages.get("score.value.yes"));
            box.setSelected("true".equals(field.text().get()));
            box.selectedProperty().addListener((obs, old, now) -> field.text().set(String.valueOf(now)));
            node = box;
        } else if (type == RuleParameter.Type.COMPARISON) {
            ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList(
                    Arrays.stream(Comparison.values()).map(Comparison::name).toList()));
            combo.setConverter(NamedConverter.named(name -> messages.get("rule.op." + name)));
            combo.valueProperty().bindBidirectional(field.text());
            node = combo;
        } else {
            TextField text = new TextField();
            text.setPrefColumnCount(10);
            text.textProperty().bindBidirectional(field.text());
            node = text;
        }
        node.setId("param-" + field.parameter().name());
        return node;
    }
}
