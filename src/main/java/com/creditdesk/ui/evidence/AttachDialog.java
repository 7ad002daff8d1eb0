package com.creditdesk.ui.evidence;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.evidence.Delivery;
import com.creditdesk.model.evidence.UnitRef;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Before files are copied: which unit delivered them, who brought them, the date they prove
 * (e.g. the 印发 date of a regulation, not today) and a note.
 */
final class AttachDialog {

    /** What the coordinator chose; {@code unitId} null when the requirement names no unit. */
    record Choice(Long unitId, Delivery delivery) {
    }

    private AttachDialog() {
    }

    static Optional<Choice> ask(Node owner, Messages messages, List<Path> files, List<UnitRef> units, Long preferredUnit) {
        Dialog<Choice> dialog = new Dialog<>();
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        dialog.setTitle(messages.get("evidence.ui.attach.title"));
        dialog.setHeaderText(messages.get("evidence.ui.attach.header", files.size()));

        ComboBox<UnitRef> unit = new ComboBox<>();
        unit.setId("attachUnit");
        unit.getItems().setAll(units);
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(UnitRef u) {
                return u == null ? messages.get("evidence.ui.item.noUnit") : u.name();
            }

            @Override
            public UnitRef fromString(String s) {
                return null;
            }
        });
        unit.setValue(units.stream().filter(u -> preferredUnit != null && u.id() == preferredUnit).findFirst()
                .orElse(units.isEmpty() ? null : units.get(0)));
        unit.setDisable(units.isEmpty());
        unit.setMaxWidth(Double.MAX_VALUE);
        TextField deliveredBy = new TextField();
        deliveredBy.setId("attachDeliveredBy");
        deliveredBy.setPromptText(messages.get("evidence.ui.attach.deliveredByPrompt"));
        DatePicker effective = new DatePicker();
        effective.setId("attachEffective");
        effective.setPromptText(messages.get("evidence.ui.attach.effectivePrompt"));
        TextField note = new TextField();
        note.setId("attachNote");

        Label names = new Label(files.stream().map(p -> p.getFileName() == null ? p.toString() : p.getFileName().toString())
                .collect(Collectors.joining("\n")));
        names.getStyleClass().add("source-text");
        names.setWrapText(true);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(messages.get("evidence.ui.attach.unit")), unit);
        form.addRow(1, new Label(messages.get("evidence.ui.attach.deliveredBy")), deliveredBy);
        form.addRow(2, new Label(messages.get("evidence.ui.attach.effective")), effective);
        form.addRow(3, new Label(messages.get("evidence.ui.attach.note")), note);
        GridPane.setHgrow(unit, Priority.ALWAYS);
        VBox box = new VBox(10, names, form);
        box.setId("attachDialog");
        box.setPrefWidth(460);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("attachConfirm");
        dialog.setResultConverter(button -> button != ButtonType.OK ? null
                : new Choice(unit.getValue() == null ? null : unit.getValue().id(),
                new Delivery(blankToNull(deliveredBy.getText()), null, effective.getValue(), blankToNull(note.getText()))));
        return dialog.showAndWait();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
