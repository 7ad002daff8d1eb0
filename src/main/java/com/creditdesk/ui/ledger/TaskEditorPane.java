package com.creditdesk.ui.ledger;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.ui.util.EnumConverter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** The side panel where the coordinator edits one task; the notice's wording stays visible. */
final class TaskEditorPane extends ScrollPane {

    TaskEditorPane(TaskEditorViewModel vm, Messages messages) {
        setId("taskEditor");
        setFitToWidth(true);

        Label heading = new Label();
        heading.getStyleClass().add("editor-heading");
        heading.textProperty().bind(Bindings.createStringBinding(() -> vm.taskProperty().get() == null
                ? messages.get("ledger.editor.none")
                : messages.get("ledger.editor.heading", nz(vm.taskProperty().get().seqLabel())), vm.taskProperty()));

        TextArea title = area(2);
        title.setId("editTitle");
        title.textProperty().bindBidirectional(vm.titleProperty());

        ComboBox<TaskStatus> status = new ComboBox<>();
        status.setId("editStatus");
        status.getItems().setAll(TaskStatus.values());
        status.setConverter(new EnumConverter<>(messages, "task.status.", TaskStatus.class));
        status.valueProperty().bindBidirectional(vm.statusProperty());

        TextField lead = new TextField();
        lead.setId("editLead");
        lead.textProperty().bindBidirectional(vm.leadUnitsProperty());
        TextField responsible = new TextField();
        responsible.setId("editResponsible");
        responsible.textProperty().bindBidirectional(vm.responsibleUnitsProperty());

        TextArea progress = area(4);
        progress.setId("editProgress");
        progress.textProperty().bindBidirectional(vm.progressNoteProperty());

        Label deadline = sourceLabel(vm, Task::deadlineText);
        deadline.setId("sourceDeadline");
        Label unitsText = sourceLabel(vm, Task::unitsText);
        Label content = sourceLabel(vm, Task::content);

        Label validation = new Label();
        validation.getStyleClass().add("error-text");
        validation.textProperty().bind(vm.validationErrorProperty());
        Label result = new Label();
        result.setId("editorMessage");
        result.setWrapText(true);
        result.textProperty().bind(vm.messageProperty());

        Button save = new Button(messages.get("ledger.editor.save"));
        save.setId("saveTask");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.setOnAction(e -> vm.save());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        int row = 0;
        form.addRow(row++, new Label(messages.get("ledger.column.title")), title);
        form.addRow(row++, new Label(messages.get("ledger.column.status")), status);
        form.addRow(row++, new Label(messages.get("ledger.column.lead")), lead);
        form.addRow(row++, new Label(messages.get("ledger.column.responsible")), responsible);
        form.add(hint(messages.get("ledger.editor.unitsHint")), 1, row++);
        form.addRow(row++, new Label(messages.get("ledger.column.progress")), progress);
        form.addRow(row++, new Label(messages.get("ledger.editor.sourceDeadline")), deadline);
        form.addRow(row++, new Label(messages.get("ledger.editor.sourceUnits")), unitsText);
        form.addRow(row++, new Label(messages.get("ledger.editor.content")), content);
        GridPane.setHgrow(title, Priority.ALWAYS);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);

        Button reload = new Button(messages.get("ledger.editor.reload"));
        reload.setId("reloadTask");
        reload.visibleProperty().bind(vm.conflictProperty());
        reload.managedProperty().bind(vm.conflictProperty());
        reload.setOnAction(e -> vm.reload());

        VBox box = new VBox(10, heading, form, validation, save, result, reload);
        box.setPadding(new Insets(10));
        box.disableProperty().bind(vm.taskProperty().isNull());
        setContent(box);
    }

    private static TextArea area(int rows) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        return area;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint-text");
        label.setWrapText(true);
        return label;
    }

    /** Read-only source wording, as written in the notice. */
    private static Label sourceLabel(TaskEditorViewModel vm, Function<Task, String> text) {
        Label label = new Label();
        label.setWrapText(true);
        label.getStyleClass().add("source-text");
        label.textProperty().bind(Bindings.createStringBinding(() -> vm.taskProperty().get() == null ? ""
                : nz(text.apply(vm.taskProperty().get())), vm.taskProperty()));
        return label;
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }
}
