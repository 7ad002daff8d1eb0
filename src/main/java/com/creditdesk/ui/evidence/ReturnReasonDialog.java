package com.creditdesk.ui.evidence;

import com.creditdesk.logic.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

import java.util.Optional;

/** 退回: asks for the reason the unit will be told; OK stays disabled until one is typed. */
final class ReturnReasonDialog {

    private ReturnReasonDialog() {
    }

    static Optional<String> ask(Node owner, Messages messages, String unitName) {
        Dialog<String> dialog = new Dialog<>();
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        dialog.setTitle(messages.get("evidence.ui.return.title"));
        dialog.setHeaderText(messages.get("evidence.ui.return.header", unitName));
        TextArea reason = new TextArea();
        reason.setId("returnReason");
        reason.setWrapText(true);
        reason.setPrefRowCount(4);
        reason.setPromptText(messages.get("evidence.ui.return.prompt"));
        Label hint = new Label(messages.get("evidence.ui.return.reasonRequired"));
        hint.getStyleClass().add("hint-text");
        VBox box = new VBox(8, reason, hint);
        box.setId("returnDialog");
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("returnConfirm");
        ok.disableProperty().bind(reason.textProperty().isEmpty()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> reason.getText().isBlank(), reason.textProperty())));
        dialog.setResultConverter(button -> button == ButtonType.OK ? reason.getText().strip() : null);
        dialog.setOnShown(e -> reason.requestFocus());
        return dialog.showAndWait();
    }
}
