package com.creditdesk.ui.deadlines;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.ui.ledger.LedgerRow;
import com.creditdesk.ui.ledger.LedgerViewModel;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.BorderPane;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * 期限: every task with its 完成时限 as written and its status, tasks with a stated deadline first,
 * grouped by that wording — the list the coordinator works down each morning.
 */
public final class DeadlinesView extends BorderPane {

    private final ObservableList<LedgerRow> rows = FXCollections.observableArrayList();

    public DeadlinesView(LedgerViewModel ledger, Messages messages) {
        setId("deadlinesView");
        TableView<LedgerRow> table = new TableView<>(rows);
        table.setId("deadlinesTable");
        table.getColumns().add(column(messages.get("ledger.column.deadline"), 140, LedgerRow::deadlineText));
        table.getColumns().add(column(messages.get("ledger.column.seq"), 70, LedgerRow::seq));
        table.getColumns().add(column(messages.get("ledger.column.title"), 320, r -> r.task().title()));
        table.getColumns().add(column(messages.get("ledger.column.responsible"), 260, LedgerRow::responsibleText));
        table.getColumns().add(column(messages.get("ledger.column.status"), 80,
                r -> messages.get("task.status." + r.task().status().name())));
        table.setPlaceholder(new Label(messages.get("ledger.empty")));
        Label intro = new Label(messages.get("deadlines.intro"));
        intro.setWrapText(true);
        intro.setPadding(new Insets(8));
        setTop(intro);
        setCenter(table);
        ledger.rootProperty().addListener((obs, old, root) -> refresh(root));
        refresh(ledger.rootProperty().get());
    }

    private void refresh(TreeItem<LedgerRow> root) {
        List<LedgerRow> tasks = new ArrayList<>();
        collect(root, tasks);
        tasks.sort(Comparator.comparing((LedgerRow r) -> r.task().deadlineText() == null)
                .thenComparing(r -> r.task().deadlineText() == null ? "" : r.task().deadlineText())
                .thenComparingInt(r -> r.task().sortOrder()));
        rows.setAll(tasks);
    }

    private static void collect(TreeItem<LedgerRow> item, List<LedgerRow> out) {
        if (item == null) {
            return;
        }
        if (item.getValue() != null && !item.getValue().isSection()) {
            out.add(item.getValue());
        }
        item.getChildren().forEach(child -> collect(child, out));
    }

    private static TableColumn<LedgerRow, String> column(String title, double width, Function<LedgerRow, String> value) {
        TableColumn<LedgerRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    static boolean hasDeadline(Task task) {
        return task.deadlineText() != null && !task.deadlineText().isBlank();
    }
}
