package com.creditdesk.ui.evidence;

import com.creditdesk.logic.i18n.Messages;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.dialog.ProgressDialog;

import java.io.File;

/** 工具: 完整性检查 and 导出佐证材料汇编…, each with a progress dialog while it runs (the window stays usable). */
public final class EvidenceToolsMenu extends Menu {

    private final EvidenceToolsViewModel vm;
    private final Messages messages;
    private final Node owner;

    public EvidenceToolsMenu(EvidenceToolsViewModel vm, Messages messages, Node owner) {
        super(messages.get("evidence.ui.tools.menu"));
        this.vm = vm;
        this.messages = messages;
        this.owner = owner;
        setId("menuTools");
        MenuItem check = new MenuItem(messages.get("evidence.ui.tools.check"));
        check.setId("menuIntegrityCheck");
        check.setOnAction(e -> vm.checkIntegrity(worker -> progress(worker, "evidence.ui.tools.check"),
                this::showCheck, this::showError));
        MenuItem binder = new MenuItem(messages.get("evidence.ui.tools.binder"));
        binder.setId("menuBinder");
        binder.disableProperty().bind(vm.campaignProperty().isNull());
        binder.setOnAction(e -> chooseBinderTarget());
        getItems().setAll(check, binder);
    }

    private Window window() {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }

    private void progress(Worker<?> worker, String titleKey) {
        ProgressDialog dialog = new ProgressDialog(worker);
        dialog.initOwner(window());
        dialog.initModality(javafx.stage.Modality.NONE);
        dialog.setTitle(messages.get(titleKey));
        dialog.setHeaderText(messages.get(titleKey));
    }

    private void showCheck(EvidenceToolsViewModel.CheckResult result) {
        Alert alert = new Alert(result.ok() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING);
        alert.initOwner(window());
        alert.setTitle(messages.get("evidence.ui.tools.check"));
        alert.setHeaderText(result.summary());
        if (!result.ok()) {
            ListView<String> problems = new ListView<>();
            problems.setId("integrityProblems");
            problems.getItems().setAll(result.problems());
            problems.setPrefSize(640, 260);
            Label hint = new Label(messages.get("evidence.ui.tools.checkHint"));
            hint.setWrapText(true);
            alert.getDialogPane().setContent(new VBox(8, problems, hint));
        }
        alert.show();
    }

    private void chooseBinderTarget() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("evidence.ui.tools.binder"));
        chooser.setInitialFileName(messages.get("evidence.ui.tools.binderName"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("evidence.ui.tools.zipFilter"), "*.zip"));
        File target = chooser.showSaveDialog(window());
        if (target != null) {
            vm.exportBinder(target.toPath(), worker -> progress(worker, "evidence.ui.tools.binder"), this::showDone,
                    this::showError);
        }
    }

    private void showDone(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        alert.initOwner(window());
        alert.setHeaderText(messages.get("evidence.ui.tools.binder"));
        alert.show();
    }

    private void showError(String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(window());
        alert.setHeaderText(messages.get("error.title"));
        alert.show();
    }
}
