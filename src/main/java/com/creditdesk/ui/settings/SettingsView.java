package com.creditdesk.ui.settings;

import com.creditdesk.logic.audit.AuditEntry;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.ledger.Campaign;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import com.creditdesk.ui.util.TextColumns;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import com.creditdesk.logic.db.DataDirectory;
import com.creditdesk.logic.db.Database;
import java.time.format.DateTimeFormatter;

/** 设置 screen. */
public final class SettingsView extends VBox {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public SettingsView(SettingsViewModel vm, Messages messages, Database database, Path databaseFile) {
        setSpacing(10);
        setPadding(new Insets(10));

        ComboBox<String> language = new ComboBox<>();
        language.setId("languageChoice");
        language.getItems().setAll("zh", "en");
        language.setValue(vm.currentLanguage());
        language.setOnAction(e -> vm.chooseLanguage(language.getValue()));
        HBox languageRow = new HBox(8, new Label(messages.get("settings.language")), language);

        Label location = new Label(database.isServer() ? messages.get("settings.db.current.server", database.description())
                : messages.get("settings.database", databaseFile));
        location.setWrapText(true);

        ListView<Campaign> campaigns = new ListView<>(vm.campaigns());
        campaigns.setPrefHeight(90);
        campaigns.setMinHeight(60); // the audit table below grows; the list must not shrink to nothing
        campaigns.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Campaign c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : (c.docNumber() == null ? "" : c.docNumber() + " ") + c.name());
            }
        });
        Button delete = new Button(messages.get("settings.campaign.delete"));
        delete.disableProperty().bind(campaigns.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> {
            Campaign selected = campaigns.getSelectionModel().getSelectedItem();
            new Alert(Alert.AlertType.CONFIRMATION, messages.get("settings.campaign.confirmDelete", selected.name()),
                    ButtonType.OK, ButtonType.CANCEL).showAndWait()
                    .filter(b -> b == ButtonType.OK).ifPresent(b -> vm.deleteCampaign(selected));
        });
        VBox campaignBox = new VBox(6, campaigns, delete);

        TableView<AuditEntry> audit = new TableView<>(vm.audit());
        audit.setId("auditTable");
        audit.getColumns().add(TextColumns.of(messages.get("audit.column.at"), 140, a -> a.at().format(TIME)));
        audit.getColumns().add(TextColumns.of(messages.get("audit.column.actor"), 80, AuditEntry::actor));
        audit.getColumns().add(TextColumns.of(messages.get("audit.column.action"), 60, a -> messages.get("audit.action." + a.action().name())));
        audit.getColumns().add(TextColumns.of(messages.get("audit.column.entity"), 90,
                a -> a.entity() + (a.entityId() == null ? "" : " #" + a.entityId())));
        audit.getColumns().add(TextColumns.of(messages.get("audit.column.field"), 90, AuditEntry::field));
        audit.getColumns().add(TextColumns.of(messages.get("audit.column.old"), 200, AuditEntry::oldValue));
        audit.getColumns().add(TextColumns.of(messages.get("audit.column.new"), 200, AuditEntry::newValue));
        audit.setPlaceholder(new Label(messages.get("audit.empty")));
        VBox.setVgrow(audit, Priority.ALWAYS);
        Button refresh = new Button(messages.get("audit.refresh"));
        refresh.setOnAction(e -> vm.load());

        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        Button backup = new Button(messages.get("settings.backup"));
        backup.setId("backupNow");
        backup.setOnAction(e -> {
            FileChooser chooser = zipChooser(messages);
            chooser.setInitialFileName("信用创建工作台备份-" + LocalDate.now() + ".zip");
            java.io.File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                vm.backupTo(database, databaseFile, file.toPath());
            }
        });
        Button restore = new Button(messages.get("settings.restore"));
        restore.setOnAction(e -> {
            java.io.File file = zipChooser(messages).showOpenDialog(getScene().getWindow());
            if (file != null && new Alert(Alert.AlertType.CONFIRMATION, messages.get("settings.restore.confirm",
                    file.getName()), ButtonType.OK, ButtonType.CANCEL).showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
                vm.scheduleRestore(databaseFile, file.toPath(), () -> {
                    new Alert(Alert.AlertType.INFORMATION, messages.get("settings.restore.restart")).showAndWait();
                    Platform.exit();
                });
            }
        });
        Label backupHint = new Label(messages.get("settings.backup.hint", DataDirectory.backupDirectory(databaseFile)));
        backupHint.setWrapText(true);
        backupHint.getStyleClass().add("hint-text");
        VBox generalBox = new VBox(8, languageRow, location);
        if (!database.isServer()) { // a server is backed up on the server, not from one PC
            generalBox.getChildren().addAll(new HBox(8, backup, restore), backupHint);
        }
        TitledPane general = new TitledPane(messages.get("settings.general"), generalBox);
        general.setCollapsible(false);
        TitledPane campaignPane = new TitledPane(messages.get("settings.campaigns"), campaignBox);
        campaignPane.setCollapsible(false);
        Label auditTitle = new Label(messages.get("audit.title", SettingsViewModel.AUDIT_ROWS));
        auditTitle.getStyleClass().add("section-title");
        getChildren().addAll(general, DatabaseSection.build(vm, messages, database.server()), campaignPane, message,
                new HBox(8, auditTitle, refresh), audit);
    }

    private static FileChooser zipChooser(Messages messages) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("settings.backup.filter"), "*.zip"));
        return chooser;
    }
}
