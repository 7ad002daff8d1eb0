package com.creditdesk.ui.evidence;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.evidence.RequirementOverview;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The checklist: requirement lines under their indicator (or unit) with state, file count, due
 * date (as written and as read) and the units that still owe them. Files dropped on a line are
 * attached to that requirement.
 */
final class RequirementListPane extends TreeTableView<EvidenceRow> {

    private final EvidenceViewModel vm;
    private final Messages messages;
    private final EvidenceTexts texts;

    RequirementListPane(EvidenceViewModel vm, Messages messages, Consumer<List<Path>> attachToSelected) {
        this.vm = vm;
        this.messages = messages;
        this.texts = new EvidenceTexts(messages);
        setId("requirementTable");
        setShowRoot(false);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rootProperty().bind(vm.rootProperty());

        TreeTableColumn<EvidenceRow, String> text = column("text", "evidence.ui.column.requirement", 300,
                r -> r.isHeading() ? EvidenceTexts.readablePath(r.heading())
                        // By unit the heading is the unit: name the indicator or task in the line.
                        : r.unitId() != null ? messages.get("evidence.ui.column.requirementOf",
                        EvidenceTexts.readablePath(r.requirement().ownerPath()), r.requirement().text())
                        : r.requirement().text());
        text.setCellFactory(c -> new WrappingCell(c, 44));
        getColumns().add(text);
        TreeTableColumn<EvidenceRow, String> state = column("state", "evidence.ui.column.state", 84, this::stateText);
        state.setMinWidth(80);
        state.setCellFactory(c -> new StateCell());
        getColumns().add(state);
        getColumns().add(column("files", "evidence.ui.column.files", 48,
                r -> r.isHeading() ? "" : Integer.toString(r.fileCount())));
        getColumns().add(column("deadline", "evidence.ui.column.deadline", 150,
                r -> r.isHeading() ? "" : texts.deadline(r.requirement())));
        TreeTableColumn<EvidenceRow, String> owing = column("owing", "evidence.ui.column.owing", 160,
                r -> r.isHeading() ? "" : r.owingText());
        owing.setCellFactory(c -> new WrappingCell(c, 12));
        getColumns().add(owing);
        setPlaceholder(new Label(messages.get("evidence.ui.empty")));

        setRowFactory(t -> {
            TreeTableRow<EvidenceRow> row = new TreeTableRow<>() {
                @Override
                protected void updateItem(EvidenceRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("section-row");
                    if (!empty && item != null && item.isHeading()) {
                        getStyleClass().add("section-row");
                    }
                }
            };
            EvidenceFilesPane.acceptFiles(row, e -> {
                if (row.getItem() != null && !row.getItem().isHeading()) {
                    getSelectionModel().select(row.getTreeItem());
                }
            }, files -> {
                if (row.getItem() != null && !row.getItem().isHeading()) {
                    attachToSelected.accept(files);
                }
            });
            return row;
        });

        getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue() != null && item.getValue().isHeading() && !item.getChildren().isEmpty()) {
                // A heading opens its first requirement rather than leaving the detail pane empty
                // (later: the selection must not change inside its own listener).
                TreeItem<EvidenceRow> first = item.getChildren().get(0);
                javafx.application.Platform.runLater(() -> getSelectionModel().select(first));
            } else if (item != null && item.getValue() != null && !item.getValue().isHeading()) {
                EvidenceRow row = item.getValue();
                RequirementOverview shown = vm.detail().overviewProperty().get();
                if (shown == null || shown.requirement().id() != row.requirement().id()) {
                    vm.detail().show(row.overview(), row.unitId());
                }
            }
        });
        // A rebuilt tree clears the selection: select the shown requirement again.
        vm.rootProperty().addListener((obs, old, root) -> reselect());
        vm.detail().overviewProperty().addListener((obs, old, now) -> reselect());
    }

    /** The state in words; with several owing units (list by indicator) also how many delivered. */
    private String stateText(EvidenceRow r) {
        if (r.isHeading()) {
            return "";
        }
        int owing = r.requirement().units().size();
        return r.unitId() == null && owing > 1
                ? messages.get("evidence.ui.column.stateOfUnits", texts.state(r.state()), r.deliveredUnits(), owing)
                : texts.state(r.state());
    }

    private void reselect() {
        RequirementOverview shown = vm.detail().overviewProperty().get();
        if (shown == null || getRoot() == null) {
            return;
        }
        TreeItem<EvidenceRow> selected = getSelectionModel().getSelectedItem();
        if (selected != null && selected.getValue() != null && !selected.getValue().isHeading()
                && selected.getValue().requirement().id() == shown.requirement().id()) {
            return;
        }
        Long unit = vm.detail().focusUnitProperty().get();
        TreeItem<EvidenceRow> match = null;
        for (TreeItem<EvidenceRow> group : getRoot().getChildren()) {
            for (TreeItem<EvidenceRow> line : group.getChildren()) {
                EvidenceRow row = line.getValue();
                if (row.requirement().id() == shown.requirement().id()
                        && (match == null || (row.unitId() != null && row.unitId().equals(unit)))) {
                    match = line;
                }
            }
        }
        if (match != null) {
            getSelectionModel().select(match);
            scrollTo(Math.max(0, getRow(match) - 3));
        }
    }

    private TreeTableColumn<EvidenceRow, String> column(String id, String key, double width, Function<EvidenceRow, String> text) {
        TreeTableColumn<EvidenceRow, String> column = new TreeTableColumn<>(messages.get(key));
        column.setId(id);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 48));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue().getValue() == null ? "" : text.apply(cell.getValue().getValue())));
        return column;
    }

    /** The requirement's wording in full, wrapped to the column (it is what the coordinator checks against paper). */
    private static final class WrappingCell extends TreeTableCell<EvidenceRow, String> {
        private final Text text = new Text();

        /** @param inset what the cell's padding (and the tree's indent) take from the column's width */
        WrappingCell(TreeTableColumn<EvidenceRow, String> column, double inset) {
            // The column's width, not the cell's: known before layout, so rows get their height at once.
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(inset));
            text.getStyleClass().add("evidence-cell-text");
            setPrefHeight(USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                text.setText(item);
                setGraphic(text);
            }
        }
    }

    /** The state in words, coloured too. */
    private static final class StateCell extends TreeTableCell<EvidenceRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            EvidenceRow row = getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : item);
            EvidenceTexts.styleByState(this, empty || row == null || row.isHeading() ? null : row.state());
        }
    }
}
