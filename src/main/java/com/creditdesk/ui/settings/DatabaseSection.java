package com.creditdesk.ui.settings;

import com.creditdesk.logic.db.ServerAddress;
import com.creditdesk.logic.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Optional;

/**
 * 设置 → 数据库: the embedded database file of this PC, or the city's shared PostgreSQL database
 * (URL and user; the password is asked at start-up and never stored). Takes effect at the next start.
 */
final class DatabaseSection {

    private DatabaseSection() {
    }

    /** {@code current}: the server this window works on, if any (else the setting saved for the next start). */
    static TitledPane build(SettingsViewModel vm, Messages messages, Optional<ServerAddress> current) {
        Optional<ServerAddress> shown = current.or(vm::savedServer);
        ToggleGroup choice = new ToggleGroup();
        RadioButton embedded = new RadioButton(messages.get("settings.db.embedded"));
        embedded.setId("dbEmbedded");
        embedded.setToggleGroup(choice);
        RadioButton server = new RadioButton(messages.get("settings.db.server"));
        server.setId("dbServer");
        server.setToggleGroup(choice);
        TextField url = new TextField(shown.map(ServerAddress::url).orElse(""));
        url.setId("dbUrl");
        url.setPromptText("jdbc:postgresql://192.168.1.10:5432/creditdesk");
        TextField user = new TextField(shown.map(ServerAddress::user).orElse(""));
        user.setId("dbUser");
        (shown.isPresent() ? server : embedded).setSelected(true);
        url.disableProperty().bind(server.selectedProperty().not());
        user.disableProperty().bind(server.selectedProperty().not());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(messages.get("settings.db.url")), url);
        form.addRow(1, new Label(messages.get("settings.db.user")), user);
        GridPane.setHgrow(url, Priority.ALWAYS);
        Button save = new Button(messages.get("settings.db.save"));
        save.setId("dbSave");
        save.setOnAction(e -> vm.chooseDatabase(server.isSelected() ? url.getText() : null, user.getText()));
        Label hint = new Label(messages.get("settings.db.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint-text");
        TitledPane pane = new TitledPane(messages.get("settings.db.title"), new VBox(8, embedded, server, form, save, hint));
        pane.setCollapsible(false);
        return pane;
    }
}
