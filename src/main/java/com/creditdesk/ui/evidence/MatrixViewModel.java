package com.creditdesk.ui.evidence;

import com.creditdesk.logic.evidence.EvidenceLabels;
import com.creditdesk.logic.evidence.EvidenceQueries;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.evidence.CellState;
import com.creditdesk.model.evidence.CompletenessMatrix;
import com.creditdesk.model.evidence.MatrixCell;
import com.creditdesk.model.evidence.MatrixColumn;
import com.creditdesk.model.evidence.MatrixRow;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * 完整性矩阵: indicators and tasks (rows) × units (columns) of the campaign chosen in the ledger,
 * each cell 已通过 / 已提交 / 退回 / 缺, with the accepted share per unit and per row, optionally
 * only what is still missing. Choosing a cell opens its requirement for that unit.
 */
public final class MatrixViewModel {

    private final EvidenceQueries queries;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ReadOnlyObjectProperty<Campaign> campaign;
    private final BiConsumer<Long, Long> openRequirement;

    private final ObservableList<MatrixColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<MatrixRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty missingOnly = new SimpleBooleanProperty(false);
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty errorMessage = new SimpleStringProperty("");

    /** @param openRequirement told (requirement id, unit id) when a cell is chosen */
    public MatrixViewModel(EvidenceQueries queries, TaskExecutor executor, Messages messages,
                           ReadOnlyObjectProperty<Campaign> campaign, BiConsumer<Long, Long> openRequirement) {
        this.queries = queries;
        this.executor = executor;
        this.messages = messages;
        this.campaign = campaign;
        this.openRequirement = openRequirement;
        missingOnly.addListener((obs, old, now) -> load());
    }

    public void load() {
        Campaign current = campaign.get();
        if (current == null) {
            show(new CompletenessMatrix(0, java.util.List.of(), java.util.List.of()));
            return;
        }
        boolean onlyMissing = missingOnly.get();
        executor.execute(BackgroundTask.of(messages.get("evidence.ui.task.matrix"), () -> queries.matrix(current.id(), onlyMissing))
                .onSuccess(this::show)
                .onFailure(error -> errorMessage.set(messages.describe(error))));
    }

    private void show(CompletenessMatrix matrix) {
        errorMessage.set("");
        columns.setAll(matrix.columns());
        rows.setAll(matrix.rows());
        Map<CellState, Integer> counts = new EnumMap<>(CellState.class);
        for (CellState state : CellState.values()) {
            counts.put(state, 0);
        }
        matrix.rows().forEach(r -> r.cells().forEach(c -> counts.merge(c.state(), 1, Integer::sum)));
        summary.set(messages.get("evidence.ui.matrix.summary", matrix.rows().size(), matrix.columns().size(),
                counts.get(CellState.ACCEPTED), counts.get(CellState.SUBMITTED), counts.get(CellState.RETURNED),
                counts.get(CellState.MISSING)));
    }

    /** Opens the requirement behind a cell (nothing for a unit that owes nothing there). */
    public void choose(MatrixRow row, MatrixCell cell) {
        if (cell != null && cell.requirementId() != null) {
            openRequirement.accept(cell.requirementId(), cell.unitId());
        } else if (cell == null && !row.requirementIds().isEmpty()) {
            openRequirement.accept(row.requirementIds().get(0), null);
        }
    }

    /** The words of a cell: the state is never told by colour alone. */
    public String cellText(CellState state) {
        return messages.get(EvidenceLabels.key(state));
    }

    /** "60%" or "—" when nothing is owed. */
    public static String percent(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.0f%%", value);
    }

    /** The last column: accepted share, and the delivered share when it differs. */
    public String rowPercent(MatrixRow row) {
        return percentPair(row.acceptedPercent(), row.deliveredPercent());
    }

    /** Under the unit's name in its column header: the accepted share only. */
    public String headerPercent(MatrixColumn column) {
        return column.acceptedPercent() == null ? "—" : messages.get("evidence.ui.matrix.accepted", percent(column.acceptedPercent()));
    }

    /** The footer: accepted share, the delivered share on a second line (the column is narrow). */
    public String columnPercent(MatrixColumn column) {
        if (column.acceptedPercent() == null) {
            return "—";
        }
        return messages.get("evidence.ui.matrix.columnPercent", percent(column.acceptedPercent()),
                percent(column.deliveredPercent()));
    }

    private String percentPair(Double accepted, Double delivered) {
        if (accepted == null) {
            return "—";
        }
        if (delivered == null || delivered.equals(accepted)) {
            return messages.get("evidence.ui.matrix.accepted", percent(accepted));
        }
        return messages.get("evidence.ui.matrix.acceptedDelivered", percent(accepted), percent(delivered));
    }

    public ObservableList<MatrixColumn> columns() {
        return columns;
    }

    public ObservableList<MatrixRow> rows() {
        return rows;
    }

    public BooleanProperty missingOnlyProperty() {
        return missingOnly;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty errorMessageProperty() {
        return errorMessage;
    }
}
