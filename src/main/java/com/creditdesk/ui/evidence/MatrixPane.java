package com.creditdesk.ui.evidence;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.evidence.CellState;
import com.creditdesk.model.evidence.MatrixCell;
import com.creditdesk.model.evidence.MatrixColumn;
import com.creditdesk.model.evidence.MatrixRow;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * 完整性矩阵: one line per indicator or task, one column per unit, a last column with the line's
 * share and a footer line with each unit's share. Clicking a cell opens that requirement.
 */
final class MatrixPane extends BorderPane {

    /** A line of the table: an indicator/task, or (row null) the footer with each unit's share. */
    record Line(MatrixRow row) {
        boolean isFooter() {
            return row == null;
        }
    }

    private final MatrixViewModel vm;
    private final Messages messages;
    private final TableView<Line> table = new TableView<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();

    MatrixPane(MatrixViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        setId("matrixPane");
        CheckBox missingOnly = new CheckBox(messages.get("evidence.ui.matrix.missingOnly"));
        missingOnly.setId("matrixMissingOnly");
        missingOnly.selectedProperty().bindBidirectional(vm.missingOnlyProperty());
        Label summary = new Label();
        summary.setId("matrixSummary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox bar = new HBox(12, missingOnly, summary, legend());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        setTop(bar);

        table.setId("matrixTable");
        table.setItems(lines);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new Label(messages.get("evidence.ui.matrix.empty")));
        setCenter(table);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorMessageProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        setBottom(error);

        vm.rows().addListener((ListChangeListener<MatrixRow>) c -> rebuild());
        vm.columns().addListener((ListChangeListener<MatrixColumn>) c -> rebuild());
        rebuild();
    }

    /** The four states in their colours, with their words. */
    private HBox legend() {
        HBox legend = new HBox(4);
        legend.setAlignment(Pos.CENTER_LEFT);
        for (CellState state : List.of(CellState.ACCEPTED, CellState.SUBMITTED, CellState.RETURNED, CellState.MISSING)) {
            Label chip = new Label(vm.cellText(state));
            chip.setPadding(new Insets(2, 6, 2, 6));
            chip.setMinWidth(Region.USE_PREF_SIZE);
            EvidenceTexts.styleByState(chip, state);
            legend.getChildren().add(chip);
        }
        Label blank = new Label(messages.get("evidence.ui.matrix.legend"));
        blank.getStyleClass().add("hint-text");
        blank.setMinWidth(Region.USE_PREF_SIZE);
        legend.getChildren().add(blank);
        return legend;
    }

    private void rebuild() {
        List<TableColumn<Line, ?>> columns = new ArrayList<>();
        TableColumn<Line, Line> owner = new TableColumn<>(messages.get("evidence.ui.matrix.owner"));
        owner.setId("matrix-owner");
        owner.setPrefWidth(280);
        owner.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        owner.setCellFactory(OwnerCell::new);
        columns.add(owner);
        List<MatrixColumn> units = List.copyOf(vm.columns());
        for (int i = 0; i < units.size(); i++) {
            columns.add(unitColumn(units.get(i), i));
        }
        TableColumn<Line, Line> share = new TableColumn<>(messages.get("evidence.ui.matrix.rowShare"));
        share.setId("matrix-share");
        share.setPrefWidth(130);
        share.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        share.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line.isFooter() ? "" : vm.rowPercent(line.row()));
            }
        });
        columns.add(share);
        table.getColumns().setAll(columns);
        List<Line> all = new ArrayList<>(vm.rows().stream().map(Line::new).toList());
        if (!vm.rows().isEmpty()) {
            all.add(new Line(null));
        }
        lines.setAll(all);
    }

    private TableColumn<Line, Line> unitColumn(MatrixColumn unit, int index) {
        TableColumn<Line, Line> column = new TableColumn<>();
        // The unit's share in the header too: the footer line scrolls out of sight in a long matrix.
        Label header = new Label(headerLines(unit.unitName()) + "\n" + vm.headerPercent(unit));
        header.setTooltip(new Tooltip(unit.unitName()));
        column.setGraphic(header);
        column.setId("matrix-unit-" + unit.unitId());
        column.setPrefWidth(92);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                setOnMouseClicked(null);
                setAlignment(Pos.CENTER);
                setId(null);
                if (empty || line == null) {
                    setText(null);
                    EvidenceTexts.styleByState(this, null);
                    getStyleClass().remove("matrix-footer");
                    return;
                }
                if (line.isFooter()) {
                    setText(vm.columnPercent(unit));
                    EvidenceTexts.styleByState(this, null);
                    getStyleClass().add("matrix-footer");
                    return;
                }
                getStyleClass().remove("matrix-footer");
                MatrixCell cell = line.row().cells().get(index);
                if (!line.row().requirementIds().isEmpty()) {
                    // Named by the row's first requirement and the unit, for tests and accessibility tools.
                    setId("matrix-cell-" + line.row().requirementIds().get(0) + "-" + unit.unitId());
                }
                setText(cell.state() == CellState.NOT_OWED ? "" : vm.cellText(cell.state()));
                EvidenceTexts.styleByState(this, cell.state());
                setOnMouseClicked(e -> vm.choose(line.row(), cell));
            }
        });
        return column;
    }

    /** A unit name in lines of at most five characters, so long names fit a narrow column. */
    static String headerLines(String name) {
        StringBuilder out = new StringBuilder();
        int[] points = name.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            if (i > 0 && i % 5 == 0) {
                out.append('\n');
            }
            out.appendCodePoint(points[i]);
        }
        return out.toString();
    }

    /** The indicator or task path, wrapped; the footer's title. */
    private final class OwnerCell extends TableCell<Line, Line> {
        private final Text text = new Text();

        OwnerCell(TableColumn<Line, Line> column) {
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
            text.getStyleClass().add("evidence-cell-text");
        }

        @Override
        protected void updateItem(Line line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            getStyleClass().remove("matrix-footer");
            setOnMouseClicked(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            if (line.isFooter()) {
                text.setText(messages.get("evidence.ui.matrix.columnShare"));
                getStyleClass().add("matrix-footer");
            } else {
                String path = line.row().path();
                text.setText(path == null || path.isBlank() ? messages.get("evidence.ui.group.noOwner")
                        : EvidenceTexts.readablePath(path));
                setOnMouseClicked(e -> vm.choose(line.row(), null));
            }
            setGraphic(text);
        }
    }
}
