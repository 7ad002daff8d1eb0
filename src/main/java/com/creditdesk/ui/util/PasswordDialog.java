package com.creditdesk.ui.util;

import com.creditdesk.logic.i18n.Messages;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.Optional;

/** Asks for the password of an encrypted database file, or of the database server, at start-up. */
public final class PasswordDialog {

    private PasswordDialog() {
    }

    /** Empty when the user cancels. {@code problem} (may be null) says why it asks again. */
    public static Optional<char[]> ask(Messages messages, Path databaseFile, String problem) {
        return ask(messages.get("password.title"), messages.get("password.prompt", databaseFile), problem);
    }

    /** The password of the database server {@code server} (the app never stores it). */
    public static Optional<char[]> askServer(Messages messages, String server, String problem) {
        return ask(messages.get("password.server.title"), messages.get("password.server.prompt", server), problem);
    }

    private static Optional<char[]> ask(String title, String header, String problem) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
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
