package com.creditdesk.ui.ledger;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.ui.util.EnumConverter;
import com.creditdesk.ui.util.UiPreferences;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

import java.util.function.Function;

/** 台账: the ledger as a tree grouped by section, with filters and the task editor beside it. */
public final class LedgerView extends BorderPane {

    private final LedgerViewModel viewModel;
    private final Messages messages;
    private final TreeTableView<LedgerRow> table = new TreeTableView<>();

    public LedgerView(LedgerViewModel viewModel, Messages messages, UiPreferences preferences) {
        this.viewModel = viewModel;
        this.messages = messages;
        setId("ledgerView");
        setTop(buildFilterBar());
        buildTable();
        preferences.rememberColumns("ledger", table);
        SplitPane split = new SplitPane(table, new TaskEditorPane(viewModel.editor(), messages));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.72);
        setCenter(split);
        Label error = new Label();
        error.setId("ledgerError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(viewModel.errorMessageProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        setBottom(error);
    }

    private HBox buildFilterBar() {
        ComboBox<Campaign> campaign = new ComboBox<>(viewModel.campaigns());
        campaign.setId("campaignChoice");
        campaign.valueProperty().bindBidirectional(viewModel.campaignProperty());
        campaign.setConverter(new StringConverter<>() {
            @Override
            public String toString(Campaign c) {
                return c == null ? "" : (c.docNumber() == null ? c.name() : c.docNumber() + " " + c.name());
            }

            @Override
            public Campaign fromString(String s) {
                return null;
            }
        });
        campaign.setPrefWidth(320);

        TextField search = new TextField();
        search.setId("filterText");
        search.setPromptText(messages.get("ledger.filter.text"));
        search.textProperty().bindBidirectional(viewModel.filterTextProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        ComboBox<String> unit = new ComboBox<>(viewModel.unitNames());
        unit.setId("filterUnit");
        unit.setPromptText(messages.get("ledger.filter.unit"));
        unit.valueProperty().bindBidirectional(viewModel.filterUnitProperty());
        unit.setButtonCell(promptCell(unit.getPromptText()));

        ComboBox<TaskStatus> status = new ComboBox<>();
        status.getItems().setAll(TaskStatus.values());
        status.setId("filterStatus");
        status.setPromptText(messages.get("ledger.filter.status"));
        status.setConverter(new EnumConverter<>(messages, "task.status.", TaskStatus.class));
        status.valueProperty().bindBidirectional(viewModel.filterStatusProperty());

        Button clear = new Button(messages.get("ledger.filter.clear"));
        clear.setOnAction(e -> {
            viewModel.filterTextProperty().set("");
            viewModel.filterUnitProperty().set(null);
            viewModel.filterStatusProperty().set(null);
        });
        Button add = new Button(messages.get("ledger.action.add"));
        add.setId("addTask");
        add.setOnAction(e -> addTask());
        Button delete = new Button(messages.get("ledger.action.delete"));
        delete.setId("deleteTask");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deleteSelected());

        HBox bar = new HBox(8, campaign, search, unit, status, clear, add, delete);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private static <T> ListCell<T> promptCell(String prompt) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? prompt : item.toString());
            }
        };
    }

    private void buildTable() {
        table.setId("ledgerTable");
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.rootProperty().bind(viewModel.rootProperty());
        table.getColumns().add(column("seq", "ledger.column.seq", 130, LedgerRow::seq));
        table.getColumns().add(column("title", "ledger.column.title", 260, r -> r.task().title()));
        table.getColumns().add(column("responsible", "ledger.column.responsible", 200, LedgerRow::responsibleText));
        table.getColumns().add(column("lead", "ledger.column.lead", 100, LedgerRow::leadText));
        table.getColumns().add(column("deadline", "ledger.column.deadline", 90, LedgerRow::deadlineText));
        table.getColumns().add(column("status", "ledger.column.status", 70,
                r -> r.isSection() ? "" : messages.get("task.status." + r.task().status().name())));
        table.getColumns().add(column("progress", "ledger.column.progress", 160, LedgerRow::progressText));
        table.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(LedgerRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("section-row", "status-done", "status-blocked");
                if (!empty && row != null) {
                    if (row.isSection()) {
                        getStyleClass().add("section-row");
                    } else if (row.task().status() == TaskStatus.DONE) {
                        getStyleClass().add("status-done");
                    } else if (row.task().status() == TaskStatus.BLOCKED) {
                        getStyleClass().add("status-blocked");
                    }
                }
            }
        });
        // A rebuilt tree clears the selection; the editor keeps its task and the row is selected again.
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue() != null) {
                viewModel.editor().edit(item.getValue().isSection() ? null : item.getValue().task());
            }
        });
        viewModel.rootProperty().addListener((obs, old, root) -> reselectEditedTask(root));
        viewModel.editor().taskProperty().addListener((obs, old, task) -> reselectEditedTask(table.getRoot()));
        table.setPlaceholder(new Label(messages.get("ledger.empty")));
    }

    private void reselectEditedTask(TreeItem<LedgerRow> root) {
        var edited = viewModel.editor().taskProperty().get();
        if (edited == null || root == null) {
            return;
        }
        TreeItem<LedgerRow> item = find(root, edited.id());
        if (item != null && table.getSelectionModel().getSelectedItem() != item) {
            table.getSelectionModel().select(item);
            table.scrollTo(Math.max(0, table.getRow(item) - 3));
        }
    }

    private static TreeItem<LedgerRow> find(TreeItem<LedgerRow> item, long taskId) {
        if (item.getValue() != null && item.getValue().task().id() == taskId) {
            return item;
        }
        for (TreeItem<LedgerRow> child : item.getChildren()) {
            TreeItem<LedgerRow> found = find(child, taskId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private TreeTableColumn<LedgerRow, String> column(String id, String key, double width, Function<LedgerRow, String> text) {
        TreeTableColumn<LedgerRow, String> column = new TreeTableColumn<>(messages.get(key));
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue().getValue() == null ? "" : text.apply(cell.getValue().getValue())));
        return column;
    }

    private void addTask() {
        TreeItem<LedgerRow> selected = table.getSelectionModel().getSelectedItem();
        Long sectionId = null;
        if (selected != null && selected.getValue() != null) {
            LedgerRow row = selected.getValue();
            sectionId = row.isSection() ? row.task().id() : row.task().parentId();
        }
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(messages.get("ledger.action.add"));
        dialog.setHeaderText(messages.get("ledger.add.prompt"));
        Long parent = sectionId;
        dialog.showAndWait().filter(s -> !s.isBlank()).ifPresent(title -> viewModel.addTask(parent, null, title));
    }

    private void deleteSelected() {
        TreeItem<LedgerRow> selected = table.getSelectionModel().getSelectedItem();
        if (selected == null || selected.getValue() == null) {
            return;
        }
        LedgerRow row = selected.getValue();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                messages.get(row.isSection() ? "ledger.delete.confirmSection" : "ledger.delete.confirm", row.task().title()),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(null);
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> viewModel.deleteTask(row.task().id()));
    }

    public TreeTableView<LedgerRow> table() {
        return table;
    }
}
