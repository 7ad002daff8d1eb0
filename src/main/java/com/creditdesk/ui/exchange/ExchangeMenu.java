package com.creditdesk.ui.exchange;

import com.creditdesk.logic.db.DataDirectory;
import com.creditdesk.logic.exchange.ConflictService;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.ui.AppServices;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** 文件 → 导出报送包… / 接收报送包… / 处理报送包冲突…: file choosers, the shared key, the outcome. */
public final class ExchangeMenu {

    private final AppServices services;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final Runnable onReceived;
    private final ExchangeViewModel vm;

    public ExchangeMenu(AppServices services, Supplier<Window> owner, Runnable onReceived) {
        this.services = services;
        this.messages = services.messages();
        this.owner = owner;
        this.onReceived = onReceived;
        this.vm = new ExchangeViewModel(services.database().dsl(), DataDirectory.filesDirectory(services.databaseFile()),
                services.ledger().actor(), services.executor(), messages);
    }

    public List<MenuItem> items() {
        MenuItem export = new MenuItem(messages.get("menu.file.exportPackage"));
        export.setId("menuExportPackage");
        export.setOnAction(e -> exportPackage());
        MenuItem receive = new MenuItem(messages.get("menu.file.receivePackages"));
        receive.setId("menuReceivePackages");
        receive.setOnAction(e -> receivePackages());
        MenuItem conflicts = new MenuItem(messages.get("menu.file.conflicts"));
        conflicts.setId("menuConflicts");
        conflicts.setOnAction(e -> openConflicts());
        return List.of(new SeparatorMenuItem(), export, receive, conflicts, new SeparatorMenuItem());
    }

    private void exportPackage() {
        FileChooser chooser = zipChooser();
        chooser.setInitialFileName(messages.get("exchange.export.fileName", LocalDate.now()));
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return;
        }
        askKey(messages.get("exchange.key.exportHint")).ifPresent(key ->
                vm.export(file.toPath(), key, text -> inform(messages.get("menu.file.exportPackage"), text)));
    }

    private void receivePackages() {
        List<File> files = zipChooser().showOpenMultipleDialog(owner.get());
        if (files == null || files.isEmpty()) {
            return;
        }
        askKey(messages.get("exchange.key.receiveHint")).ifPresent(key ->
                vm.receive(files.stream().map(File::toPath).toList(), key, summary -> {
                    onReceived.run();
                    inform(messages.get("menu.file.receivePackages"), summary.text());
                    if (summary.openConflicts() > 0) {
                        openConflicts();
                    }
                }));
    }

    /** Opens the conflicts dialog on the open conflicts of all received packages. */
    public void openConflicts() {
        ConflictsViewModel conflicts = new ConflictsViewModel(
                new ConflictService(services.database().dsl(), services.ledger().actor()), services.executor(), messages);
        ConflictsDialog.show(owner.get(), conflicts, messages, onReceived);
    }

    /** The shared key (blank: none); empty when the coordinator cancels. */
    private Optional<String> askKey(String hint) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(messages.get("exchange.key.title"));
        dialog.setHeaderText(hint);
        PasswordField field = new PasswordField();
        field.setId("packageKey");
        field.setPromptText(messages.get("exchange.key.prompt"));
        dialog.getDialogPane().setContent(new VBox(8, new Label(messages.get("exchange.key.label")), field));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText() : null);
        dialog.setOnShown(e -> field.requestFocus());
        return dialog.showAndWait();
    }

    private FileChooser zipChooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("exchange.filter"), "*.zip"));
        return chooser;
    }

    private void inform(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setPrefWidth(620);
        alert.show();
    }
}
