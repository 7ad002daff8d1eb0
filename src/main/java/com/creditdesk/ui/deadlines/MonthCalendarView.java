package com.creditdesk.ui.deadlines;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.deadline.DueItem;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A month of due dates: each day lists its items; clicking one selects it on the board. */
final class MonthCalendarView extends BorderPane {

    private static final int MAX_PER_DAY = 3;
    private final DeadlineBoardViewModel vm;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private final Label title = new Label();

    MonthCalendarView(DeadlineBoardViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        setId("dueCalendar");
        Button previous = new Button("◀");
        previous.setOnAction(e -> vm.monthProperty().set(vm.monthProperty().get().minusMonths(1)));
        Button next = new Button("▶");
        next.setOnAction(e -> vm.monthProperty().set(vm.monthProperty().get().plusMonths(1)));
        Button current = new Button(messages.get("due.calendar.today"));
        current.setOnAction(e -> vm.monthProperty().set(YearMonth.from(vm.today())));
        title.getStyleClass().add("section-title");
        HBox bar = new HBox(8, previous, title, next, current);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        setTop(bar);
        grid.getStyleClass().add("due-calendar");
        setCenter(grid);
        vm.monthProperty().addListener((obs, old, m) -> render());
        vm.items().addListener((javafx.collections.ListChangeListener<DueItem>) c -> render());
        render();
    }

    private void render() {
        YearMonth month = vm.monthProperty().get();
        title.setText(messages.get("due.calendar.month", month.getYear(), month.getMonthValue()));
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        for (int c = 0; c < 7; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 7);
            grid.getColumnConstraints().add(column);
            Label head = new Label(messages.get("due.calendar.weekday." + DayOfWeek.of(c + 1).name()));
            head.getStyleClass().add("calendar-head");
            grid.add(head, c, 0);
        }
        LocalDate first = month.atDay(1);
        int offset = first.getDayOfWeek().getValue() - 1;
        int weeks = (offset + month.lengthOfMonth() + 6) / 7;
        for (int w = 0; w < weeks; w++) {
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            int index = offset + day - 1;
            grid.add(dayCell(date), index % 7, index / 7 + 1);
        }
    }

    private VBox dayCell(LocalDate date) {
        Label number = new Label(String.valueOf(date.getDayOfMonth()));
        VBox cell = new VBox(2, number);
        cell.getStyleClass().add("calendar-day");
        if (date.equals(vm.today())) {
            cell.getStyleClass().add("calendar-today");
        }
        List<DueItem> items = vm.itemsOn(date);
        for (DueItem item : items.subList(0, Math.min(MAX_PER_DAY, items.size()))) {
            Label entry = new Label(messages.get("due.mark." + item.group().name()) + " "
                    + (item.seq() == null ? "" : item.seq()) + item.title());
            entry.getStyleClass().addAll("calendar-item", DueMarks.styleClass(item.group()));
            entry.setMaxWidth(Double.MAX_VALUE);
            entry.setOnMouseClicked(e -> vm.selectedProperty().set(item));
            cell.getChildren().add(entry);
        }
        if (items.size() > MAX_PER_DAY) {
            cell.getChildren().add(new Label(messages.get("due.calendar.more", items.size() - MAX_PER_DAY)));
        }
        cell.setPadding(new Insets(3));
        return cell;
    }
}
