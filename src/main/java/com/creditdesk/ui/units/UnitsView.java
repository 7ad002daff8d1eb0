package com.creditdesk.ui.units;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.ledger.UnitWorkload;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * The units that owe work in the current campaign: tasks open / done per unit, and the contact
 * person and phone to call — the base the 佐证材料 checklists and 催办单 are built on.
 */
public final class UnitsView extends BorderPane {

    public UnitsView(UnitsViewModel vm, Messages messages, String introKey) {
        TableView<UnitWorkload> table = new TableView<>(vm.units());
        table.setId("unitsTable");
        table.getColumns().add(text(messages.get("units.column.name"), 220, UnitWorkload::unitName));
        table.getColumns().add(text(messages.get("units.column.kind"), 80, u -> messages.get("unit.kind." + u.kind().name())));
        table.getColumns().add(number(messages.get("units.column.total"), UnitWorkload::total));
        table.getColumns().add(number(messages.get("units.column.open"), UnitWorkload::open));
        table.getColumns().add(number(messages.get("units.column.done"), UnitWorkload::done));
        table.getColumns().add(number(messages.get("units.column.blocked"), UnitWorkload::blocked));
        table.getColumns().add(text(messages.get("units.column.contact"), 100, u -> u.contact() == null ? "" : u.contact()));
        table.getColumns().add(text(messages.get("units.column.phone"), 120, u -> u.phone() == null ? "" : u.phone()));
        table.setPlaceholder(new Label(messages.get("units.empty")));

        TextField contact = new TextField();
        contact.setPromptText(messages.get("units.column.contact"));
        TextField phone = new TextField();
        phone.setPromptText(messages.get("units.column.phone"));
        Button save = new Button(messages.get("units.saveContact"));
        save.setId("saveContact");
        save.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, unit) -> {
            contact.setText(unit == null || unit.contact() == null ? "" : unit.contact());
            phone.setText(unit == null || unit.phone() == null ? "" : unit.phone());
        });
        save.setOnAction(e -> vm.saveContact(table.getSelectionModel().getSelectedItem(), contact.getText(), phone.getText()));

        Label intro = new Label(messages.get(introKey));
        intro.setWrapText(true);
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        VBox top = new VBox(6, intro, summary);
        top.setPadding(new Insets(8));
        setTop(top);
        setCenter(table);
        HBox editBar = new HBox(8, new Label(messages.get("units.contactOfSelected")), contact, phone, save);
        editBar.setPadding(new Insets(8));
        setBottom(editBar);
    }

    private static TableColumn<UnitWorkload, String> text(String title, double width, Function<UnitWorkload, String> value) {
        TableColumn<UnitWorkload, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private static TableColumn<UnitWorkload, Integer> number(String title, Function<UnitWorkload, Integer> value) {
        TableColumn<UnitWorkload, Integer> column = new TableColumn<>(title);
        column.setPrefWidth(70);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }
}
