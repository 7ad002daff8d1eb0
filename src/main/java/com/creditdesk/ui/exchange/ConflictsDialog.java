package com.creditdesk.ui.exchange;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.exchange.ConflictChoice;
import com.creditdesk.model.exchange.ExchangeConflict;
import com.creditdesk.logic.audit.AuditTexts;
import com.creditdesk.ui.util.EnumConverter;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.function.Function;

/**
 * 冲突处理: each field changed both at the city and in a county's newer package, the city's value
 * beside the county's, a choice per row (保留市里的 / 采用县里的); rows left empty stay open.
 */
public final class ConflictsDialog {

    private ConflictsDialog() {
    }

    /** Opens the dialog (not waiting); {@code onSaved} runs after the choices were stored. */
    public static Dialog<ButtonType> show(Window owner, ConflictsViewModel vm, Messages messages, Runnable onSaved) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("exchange.conflicts.title"));
        dialog.setHeaderText(messages.get("exchange.conflicts.header"));
        dialog.setResizable(true);

        TableView<ConflictsViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("conflictsTable");
        table.setEditable(true);
        table.getColumns().add(column(messages.get("exchange.conflicts.county"), 80, r -> r.conflict().countyName()));
        table.getColumns().add(column(messages.get("exchange.conflicts.task"), 230, r -> r.conflict().label()));
        table.getColumns().add(column(messages.get("exchange.conflicts.field"), 80, r -> AuditTexts.field(messages, r.conflict().field())));
        table.getColumns().add(column(messages.get("exchange.conflicts.city"), 170, r -> value(messages, r.conflict(), false)));
        table.getColumns().add(column(messages.get("exchange.conflicts.countyValue"), 170, r -> value(messages, r.conflict(), true)));
        TableColumn<ConflictsViewModel.Row, ConflictChoice> choice = new TableColumn<>(messages.get("exchange.conflicts.choice"));
        choice.setId("conflictChoice");
        choice.setPrefWidth(120);
        choice.setEditable(true);
        choice.setCellValueFactory(c -> c.getValue().choiceProperty());
        EnumConverter<ConflictChoice> choiceText = new EnumConverter<>(messages, "exchange.choice.", ConflictChoice.class);
        choice.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(ConflictChoice value) {
                // An open row says it can be decided here, not just an empty cell.
                return value == null ? messages.get("exchange.choice.undecided") : choiceText.toString(value);
            }

            @Override
            public ConflictChoice fromString(String text) {
                return choiceText.fromString(text);
            }
        }, ConflictChoice.values()));
        table.getColumns().add(choice);
        table.setPlaceholder(new Label(messages.get("exchange.conflicts.none")));
        table.setPrefSize(900, 320);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button keepAll = new Button(messages.get("exchange.conflicts.keepAll"));
        keepAll.setId("conflictsKeepAll");
        keepAll.setOnAction(e -> vm.chooseAll(ConflictChoice.KEEP_CITY));
        Button takeAll = new Button(messages.get("exchange.conflicts.takeAll"));
        takeAll.setId("conflictsTakeAll");
        takeAll.setOnAction(e -> vm.chooseAll(ConflictChoice.TAKE_COUNTY));
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        dialog.getDialogPane().setContent(new VBox(8, new HBox(8, keepAll, takeAll), table, message));

        ButtonType save = new ButtonType(messages.get("exchange.conflicts.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(messages.get("exchange.conflicts.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, later);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("conflictsSave");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.apply(() -> {
                onSaved.run();
                dialog.setResult(save);
                dialog.close();
            });
        });
        vm.load();
        dialog.show();
        return dialog;
    }

    /** The value as a person reads it: 已完成 rather than DONE, a note for a row the county removed. */
    static String value(Messages messages, ExchangeConflict conflict, boolean county) {
        if (ExchangeConflict.DELETED.equals(conflict.field())) {
            return messages.get(county ? "exchange.conflicts.deletedAtCounty" : "exchange.conflicts.changedAtCity");
        }
        String value = county ? conflict.countyValue() : conflict.cityValue();
        return value == null ? messages.get("exchange.conflicts.empty") : AuditTexts.value(messages, conflict.field(), value);
    }

    private static TableColumn<ConflictsViewModel.Row, String> column(String title, double width,
                                                                      Function<ConflictsViewModel.Row, String> value) {
        TableColumn<ConflictsViewModel.Row, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setEditable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
