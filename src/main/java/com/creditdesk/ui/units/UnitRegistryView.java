package com.creditdesk.ui.units;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.ledger.Unit;
import com.creditdesk.model.ledger.UnitKind;
import com.creditdesk.ui.util.EnumConverter;
import com.creditdesk.ui.util.NamedConverter;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** 单位名录 screen: the registry table and, for the selected unit, its name, kind and aliases. */
public final class UnitRegistryView extends BorderPane {

    public UnitRegistryView(UnitRegistryViewModel vm, Messages messages) {
        setId("unitRegistry");
        TableView<Unit> table = new TableView<>(vm.units());
        table.setId("registryTable");
        table.getColumns().add(column(messages.get("registry.column.name"), 240, Unit::name));
        table.getColumns().add(column(messages.get("registry.column.kind"), 90, u -> messages.get("unit.kind." + u.kind().name())));
        table.getColumns().add(column(messages.get("registry.column.aliases"), 300, u -> String.join("、", u.aliases())));

        TextField filter = new TextField();
        filter.setId("registryFilter");
        filter.setPromptText(messages.get("registry.filter"));
        filter.textProperty().bindBidirectional(vm.filterTextProperty());
        Label intro = new Label(messages.get("registry.intro"));
        intro.setWrapText(true);
        Label message = new Label();
        message.setId("registryMessage");
        message.textProperty().bind(vm.messageProperty());
        VBox top = new VBox(6, intro, filter, message);
        top.setPadding(new Insets(8));
        setTop(top);
        setCenter(table);

        TextField name = new TextField();
        name.setId("registryName");
        CheckBox keepOld = new CheckBox(messages.get("registry.keepOldAsAlias"));
        keepOld.setSelected(true);
        Button rename = new Button(messages.get("registry.rename"));
        rename.setId("registryRename");
        ComboBox<UnitKind> kind = new ComboBox<>();
        kind.setId("registryKind");
        kind.getItems().setAll(UnitKind.values());
        kind.setConverter(new EnumConverter<>(messages, "unit.kind.", UnitKind.class));
        Button changeKind = new Button(messages.get("registry.changeKind"));
        changeKind.setId("registryChangeKind");
        ListView<String> aliases = new ListView<>();
        aliases.setId("registryAliases");
        aliases.setPrefHeight(120);
        TextField alias = new TextField();
        alias.setId("registryAlias");
        alias.setPromptText(messages.get("registry.aliasPrompt"));
        Button addAlias = new Button(messages.get("registry.addAlias"));
        addAlias.setId("registryAddAlias");
        Button removeAlias = new Button(messages.get("registry.removeAlias"));
        removeAlias.setId("registryRemoveAlias");
        removeAlias.disableProperty().bind(aliases.getSelectionModel().selectedItemProperty().isNull());

        ComboBox<Unit> mergeInto = new ComboBox<>();
        mergeInto.setId("registryMergeInto");
        mergeInto.setPromptText(messages.get("registry.mergeInto"));
        mergeInto.setConverter(NamedConverter.named(Unit::name));
        Button merge = new Button(messages.get("registry.merge"));
        merge.setId("registryMerge");
        merge.disableProperty().bind(mergeInto.valueProperty().isNull());

        VBox editor = new VBox(8,
                new HBox(6, name, rename, keepOld),
                new HBox(6, kind, changeKind),
                aliases,
                new HBox(6, alias, addAlias, removeAlias),
                new Label(messages.get("registry.mergeHint")),
                new HBox(6, mergeInto, merge));
        editor.setPadding(new Insets(8));
        editor.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        setRight(editor);

        long[] selectedId = {-1};
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, unit) -> {
            if (unit == null) {
                return;
            }
            selectedId[0] = unit.id();
            name.setText(unit.name());
            kind.setValue(unit.kind());
            aliases.getItems().setAll(unit.aliases());
            alias.clear();
            mergeInto.getItems().setAll(vm.mergeTargets(unit));
            mergeInto.setValue(null);
        });
        // After a save the rows are new objects: select the edited unit again.
        vm.units().addListener((javafx.collections.ListChangeListener<Unit>) change -> {
            Unit again = vm.find(selectedId[0]);
            if (again != null && vm.units().contains(again)) {
                table.getSelectionModel().select(again);
            }
        });
        rename.setOnAction(e -> vm.rename(table.getSelectionModel().getSelectedItem(), name.getText(), keepOld.isSelected()));
        changeKind.setOnAction(e -> vm.changeKind(table.getSelectionModel().getSelectedItem(), kind.getValue()));
        addAlias.setOnAction(e -> vm.addAlias(table.getSelectionModel().getSelectedItem(), alias.getText()));
        merge.setOnAction(e -> {
            Unit duplicate = table.getSelectionModel().getSelectedItem();
            Unit kept = mergeInto.getValue();
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                    messages.get("registry.mergeConfirm", duplicate.name(), kept.name()), ButtonType.OK, ButtonType.CANCEL);
            confirm.setHeaderText(messages.get("registry.merge"));
            confirm.initOwner(getScene().getWindow());
            if (confirm.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
                selectedId[0] = kept.id();
                vm.merge(duplicate, kept);
            }
        });
        removeAlias.setOnAction(e -> vm.removeAlias(table.getSelectionModel().getSelectedItem(),
                aliases.getSelectionModel().getSelectedItem()));
    }

    private static TableColumn<Unit, String> column(String title, double width, Function<Unit, String> value) {
        TableColumn<Unit, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
