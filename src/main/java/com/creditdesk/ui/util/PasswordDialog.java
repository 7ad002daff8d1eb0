package com.creditdesk.ui.util;

import com.creditdesk.logic.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
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

    /** What was typed for the server, and whether to keep it in the system keyring. */
    public record ServerPassword(char[] password, boolean remember) {
    }

    /**
     * The password of the database server {@code server}. The app never writes it to a file; with
     * {@code offerKeyring} the user may keep it in the system keyring instead of typing it each time.
     */
    public static Optional<ServerPassword> askServer(Messages messages, String server, String problem, boolean offerKeyring) {
        CheckBox remember = new CheckBox(messages.get("password.server.remember"));
        remember.setId("rememberServerPassword");
        String prompt = messages.get(offerKeyring ? "password.server.promptKeyring" : "password.server.prompt", server);
        return ask(messages.get("password.server.title"), prompt, problem, offerKeyring ? remember : null)
                .map(password -> new ServerPassword(password, offerKeyring && remember.isSelected()));
    }

    private static Optional<char[]> ask(String title, String header, String problem) {
        return ask(title, header, problem, null);
    }

    private static Optional<char[]> ask(String title, String header, String problem, Node extra) {
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
        if (extra != null) {
            content.getChildren().add(extra);
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK && !field.getText().isEmpty()
                ? field.getText().toCharArray() : null);
        dialog.setOnShown(e -> field.requestFocus());
        return dialog.showAndWait();
    }
}
