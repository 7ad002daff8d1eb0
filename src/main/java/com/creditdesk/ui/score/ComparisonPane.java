package com.creditdesk.ui.score;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.indicator.Scenario;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * Pick 2–4 scenarios, see them side by side: indicator rows × scenario columns; rows where the
 * scenarios differ are highlighted and marked "≠" in their own column (not by colour alone).
 */
final class ComparisonPane extends BorderPane {

    ComparisonPane(ScoreViewModel vm, Messages messages) {
        ListView<Scenario> choose = new ListView<>(vm.scenarios());
        choose.setId("compareChoice");
        choose.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        choose.setPrefWidth(180);
        choose.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Scenario item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        Button compare = new Button(messages.get("score.compare.button"));
        compare.setId("compareButton");
        compare.disableProperty().bind(javafx.beans.binding.Bindings.size(choose.getSelectionModel().getSelectedItems())
                .lessThan(2).or(javafx.beans.binding.Bindings.size(choose.getSelectionModel().getSelectedItems())
                        .greaterThan(ComparisonModel.MAX_SCENARIOS)));
        compare.setOnAction(e -> vm.compare(List.copyOf(choose.getSelectionModel().getSelectedItems())));
        Label hint = new Label(messages.get("score.compare.hint", ComparisonModel.MAX_SCENARIOS));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint-text");
        VBox left = new VBox(6, hint, choose, compare);
        left.setPadding(new Insets(8));
        left.setPrefWidth(200);

        TableView<ComparisonRow> table = new TableView<>(vm.comparison().rows());
        table.setId("compareTable");
        table.setPlaceholder(new Label(messages.get("score.compare.empty")));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ComparisonRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("compare-diff");
                if (!empty && item != null && item.differs()) {
                    getStyleClass().add("compare-diff");
                }
            }
        });
        Runnable columns = () -> {
            table.getColumns().clear();
            TableColumn<ComparisonRow, String> label = new TableColumn<>(messages.get("score.column.indicator"));
            label.setPrefWidth(360);
            label.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
            TableColumn<ComparisonRow, String> diff = new TableColumn<>(messages.get("score.compare.diffColumn"));
            diff.setPrefWidth(70);
            diff.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().differs()
                    ? messages.get("score.compare.differs") : ""));
            table.getColumns().add(label);
            table.getColumns().add(diff);
            List<String> names = List.copyOf(vm.comparison().columns());
            for (int i = 0; i < names.size(); i++) {
                int index = i;
                TableColumn<ComparisonRow, String> column = new TableColumn<>(names.get(i));
                column.setPrefWidth(110);
                column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cells().get(index)));
                table.getColumns().add(column);
            }
        };
        vm.comparison().columns().addListener((ListChangeListener<String>) change -> columns.run());
        columns.run();
        setLeft(left);
        setCenter(table);
    }
}
