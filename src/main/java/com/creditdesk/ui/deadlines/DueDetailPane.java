package com.creditdesk.ui.deadlines;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.deadline.DueItem;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/** The selected deadline: its wording as written, how it was read, and the coordinator's actions. */
final class DueDetailPane extends VBox {

    DueDetailPane(DeadlineBoardViewModel vm, Messages messages, Consumer<Long> openTask) {
        setId("dueDetail");
        setSpacing(8);
        setPadding(new Insets(10));
        setPrefWidth(300);

        Label heading = new Label(messages.get("due.detail.none"));
        heading.getStyleClass().add("editor-heading");
        heading.setWrapText(true);
        Label text = new Label();
        text.setId("dueSourceText");
        text.setWrapText(true);
        text.getStyleClass().add("source-text");
        Label reading = new Label();
        reading.setId("dueReading");
        reading.setWrapText(true);
        Label note = new Label();
        note.setWrapText(true);
        note.getStyleClass().add("hint-text");
        vm.selectedProperty().addListener((obs, old, item) -> {
            heading.setText(item == null ? messages.get("due.detail.none")
                    : (item.seq() == null ? "" : item.seq()) + item.title());
            text.setText(item == null ? "" : messages.get("due.detail.text", nz(item.deadlineText()))
                    + (item.label() == null ? "" : "\n" + messages.get("due.detail.milestone", item.label())));
            reading.setText(item == null ? "" : reading(messages, item));
            note.setText(item == null || item.note() == null ? "" : messages.get(item.note()));
        });

        DatePicker date = new DatePicker();
        date.setId("overrideDate");
        date.valueProperty().bindBidirectional(vm.overrideDateProperty());
        TextField reason = new TextField();
        reason.setPromptText(messages.get("due.override.note"));
        reason.textProperty().bindBidirectional(vm.overrideNoteProperty());
        Button save = new Button(messages.get("due.override.save"));
        save.setId("saveOverride");
        save.setOnAction(e -> vm.saveOverride());
        Button clear = new Button(messages.get("due.override.clear"));
        clear.setOnAction(e -> vm.clearOverride());
        clear.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() == null || !vm.selectedProperty().get().overridden(), vm.selectedProperty()));
        Button occurrence = new Button();
        occurrence.setId("toggleOccurrence");
        occurrence.textProperty().bind(Bindings.createStringBinding(() -> {
            DueItem item = vm.selectedProperty().get();
            return messages.get(item != null && item.done() ? "due.occurrence.markOpen" : "due.occurrence.markDone");
        }, vm.selectedProperty()));
        occurrence.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() != null && vm.selectedProperty().get().occurrence(), vm.selectedProperty()));
        occurrence.managedProperty().bind(occurrence.visibleProperty());
        occurrence.setOnAction(e -> vm.toggleOccurrenceDone());
        Button open = new Button(messages.get("due.detail.openTask"));
        open.setId("openTask");
        open.setOnAction(e -> openTask.accept(vm.selectedProperty().get().taskId()));

        Label result = new Label();
        result.setWrapText(true);
        result.textProperty().bind(vm.messageProperty());

        VBox actions = new VBox(6, new Label(messages.get("due.override.title")), date, reason,
                new HBox(6, save, clear), occurrence, open);
        actions.disableProperty().bind(vm.selectedProperty().isNull());
        getChildren().addAll(heading, text, reading, note, actions, result);
    }

    private static String reading(Messages messages, DueItem item) {
        String kind = messages.get("due.kind." + item.kind().name());
        if (item.due() == null) {
            return messages.get("due.detail.readingNoDate", kind);
        }
        String reading = messages.get("due.detail.reading", kind, item.due());
        if (item.overridden()) {
            reading += "\n" + messages.get("due.detail.overridden");
        }
        if (item.review()) {
            reading += "\n" + messages.get("due.detail.review");
        }
        return reading;
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }
}
