package com.creditdesk.ui.evidence;

import com.creditdesk.logic.evidence.EvidenceLabels;
import com.creditdesk.logic.evidence.RequirementOwners.Owner;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.evidence.EvidenceType;
import com.creditdesk.model.evidence.Requirement;
import com.creditdesk.model.evidence.RequirementDraft;
import com.creditdesk.model.evidence.UnitRef;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 新增 / 编辑佐证材料要求: the indicator or task it belongs to, the wording, its type, stamp and
 * period (left empty: read from the wording), the due phrase (parsed like any 完成时限) and the
 * units that owe it.
 */
final class RequirementDialog {

    /** The form's choices, loaded in the background before it opens. */
    record Choices(long campaignId, List<Owner> owners, List<UnitRef> units) {
    }

    private RequirementDialog() {
    }

    static Optional<RequirementDraft> ask(Node owner, Messages messages, Choices choices, Requirement editing) {
        Dialog<RequirementDraft> dialog = new Dialog<>();
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        dialog.setTitle(messages.get(editing == null ? "evidence.ui.requirement.add" : "evidence.ui.requirement.edit"));
        dialog.setHeaderText(messages.get("evidence.ui.requirement.header"));

        ComboBox<Owner> ownerChoice = new ComboBox<>();
        ownerChoice.setId("requirementOwner");
        ownerChoice.getItems().setAll(choices.owners());
        ownerChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Owner o) {
                return o == null ? "" : messages.get(o.indicatorId() != null ? "evidence.ui.owner.indicator"
                        : "evidence.ui.owner.task", o.label());
            }

            @Override
            public Owner fromString(String s) {
                return null;
            }
        });
        ownerChoice.setMaxWidth(Double.MAX_VALUE);
        ownerChoice.setPrefWidth(480);
        TextArea text = new TextArea();
        text.setId("requirementText");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        ComboBox<EvidenceType> type = new ComboBox<>();
        type.getItems().add(null);
        type.getItems().addAll(EvidenceType.values());
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(EvidenceType t) {
                return t == null ? messages.get("evidence.ui.requirement.fromText") : messages.get(EvidenceLabels.key(t));
            }

            @Override
            public EvidenceType fromString(String s) {
                return null;
            }
        });
        CheckBox stamp = new CheckBox(messages.get("evidence.ui.stamp.required"));
        stamp.setAllowIndeterminate(editing == null);
        TextField period = new TextField();
        period.setPromptText(messages.get("evidence.ui.requirement.periodPrompt"));
        TextField deadline = new TextField();
        deadline.setId("requirementDeadline");
        deadline.setPromptText(messages.get("evidence.ui.requirement.deadlinePrompt"));
        CheckListView<UnitRef> units = new CheckListView<>();
        units.getItems().setAll(choices.units());
        units.setCellFactory(l -> new javafx.scene.control.cell.CheckBoxListCell<>(units::getItemBooleanProperty,
                new StringConverter<>() {
                    @Override
                    public String toString(UnitRef u) {
                        return u == null ? "" : u.name();
                    }

                    @Override
                    public UnitRef fromString(String s) {
                        return null;
                    }
                }));
        units.setPrefHeight(170);

        if (editing == null) {
            stamp.setIndeterminate(true);
        } else {
            ownerChoice.setValue(choices.owners().stream().filter(o -> Objects.equals(o.indicatorId(), editing.indicatorId())
                    && Objects.equals(o.taskId(), editing.taskId())).findFirst().orElse(null));
            text.setText(editing.text());
            type.setValue(editing.type());
            stamp.setSelected(editing.stampRequired());
            period.setText(editing.periodText() == null ? "" : editing.periodText());
            deadline.setText(editing.deadlineText() == null ? "" : editing.deadlineText());
            choices.units().stream().filter(u -> editing.owedBy(u.id())).forEach(u -> units.getCheckModel().check(u));
        }

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        int row = 0;
        form.addRow(row++, caption(messages, "evidence.ui.requirement.owner"), ownerChoice);
        form.addRow(row++, caption(messages, "evidence.ui.detail.text"), text);
        form.addRow(row++, caption(messages, "evidence.ui.detail.type"), type);
        form.addRow(row++, caption(messages, "evidence.ui.detail.stamp"), stamp);
        form.addRow(row++, caption(messages, "evidence.ui.detail.period"), period);
        form.addRow(row++, caption(messages, "evidence.ui.detail.deadline"), deadline);
        form.addRow(row++, caption(messages, "evidence.ui.detail.units"), units);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(captions, fields);
        form.setId("requirementForm");
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("requirementSave");
        ok.disableProperty().bind(ownerChoice.valueProperty().isNull()
                .or(Bindings.createBooleanBinding(() -> text.getText() == null || text.getText().isBlank(), text.textProperty())));
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            Owner chosen = ownerChoice.getValue();
            return new RequirementDraft(choices.campaignId(), chosen.indicatorId(), chosen.taskId(), text.getText().strip(),
                    type.getValue(), stamp.isIndeterminate() ? null : stamp.isSelected(), blankToNull(period.getText()),
                    blankToNull(deadline.getText()), units.getCheckModel().getCheckedItems().stream().map(UnitRef::id).toList());
        });
        return dialog.showAndWait();
    }

    private static Label caption(Messages messages, String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
