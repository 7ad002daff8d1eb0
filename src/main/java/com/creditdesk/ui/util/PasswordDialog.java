package com.creditdesk.ui.util;

import com.creditdesk.logic.i18n.Messages;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.Optional;

/** Asks for the password of an encrypted database at start-up. */
public final class PasswordDialog {

    private PasswordDialog() {
    }

    /** Empty when the user cancels. {@code problem} (may be null) says why it asks again. */
    public static Optional<char[]> ask(Messages messages, Path databaseFile, String problem) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle(messages.get("password.title"));
        dialog.setHeaderText(messages.get("password.prompt", databaseFile));
        PasswordField field = new PasswordField();
        field.setId("databasePassword");
        VBox content = new VBox(8);
        if (problem != null) {
            Label error = new Label(problem);
            error.getStyleClass().add("error-text");
            content.getChildren().add(error);
        }
        content.getChildren().add(field);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK && !field.getText().isEmpty()
                ? field.getText().toCharArray() : null);
        dialog.setOnShown(e -> field.requestFocus());
        return dialog.showAndWait();
    }
}
