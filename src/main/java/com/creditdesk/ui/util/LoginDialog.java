package com.creditdesk.ui.util;

import com.creditdesk.logic.i18n.Messages;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.Optional;

/**
 * The login of a shared server database: a name and a password. On a server without accounts it
 * creates the first one (a city coordinator) instead.
 */
public final class LoginDialog {

    /** What the user typed. */
    public record Credentials(String name, char[] password) {
    }

    private LoginDialog() {
    }

    /** Empty when the user cancels. {@code problem} (may be null) says why it asks again. */
    public static Optional<Credentials> ask(Messages messages, String server, boolean firstAccount, String problem) {
        return ask(messages, server, firstAccount, problem, System.getProperty("user.name", ""));
    }

    /** As {@link #ask(Messages, String, boolean, String)}, with {@code name} typed in already (a retry). */
    public static Optional<Credentials> ask(Messages messages, String server, boolean firstAccount, String problem,
                                            String name) {
        Dialog<Credentials> dialog = new Dialog<>();
        dialog.setTitle(messages.get("login.title"));
        dialog.setHeaderText(messages.get(firstAccount ? "login.firstAccount" : "login.prompt", server));
        TextField nameField = new TextField(name);
        nameField.setId("loginName");
        PasswordField password = new PasswordField();
        password.setId("loginPassword");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(messages.get("login.name")), nameField);
        form.addRow(1, new Label(messages.get("login.password")), password);
        VBox content = new VBox(8);
        if (problem != null) {
            Label error = new Label(problem);
            error.setWrapText(true);
            error.getStyleClass().add("error-text");
            content.getChildren().add(error);
        }
        content.getChildren().add(form);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK && !nameField.getText().isBlank()
                ? new Credentials(nameField.getText().strip(), password.getText().toCharArray()) : null);
        dialog.setOnShown(e -> (nameField.getText().isEmpty() ? nameField : password).requestFocus());
        return dialog.showAndWait();
    }
}
