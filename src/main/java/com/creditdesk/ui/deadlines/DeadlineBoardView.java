package com.creditdesk.ui.deadlines;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.deadline.DueGroup;
import com.creditdesk.model.deadline.DueItem;
import com.creditdesk.model.deadline.UnitDueSummary;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import java.util.function.Consumer;
import java.util.function.Function;

/** 期限: the deadline board — list by group, per-unit summary, month calendar, detail and override. */
public final class DeadlineBoardView extends BorderPane {

    private final DeadlineBoardViewModel vm;
    private final Messages messages;

    public DeadlineBoardView(DeadlineBoardViewModel vm, Messages messages, Consumer<Long> openTask) {
        this.vm = vm;
        this.messages = messages;
        setId("deadlinesView");

        ComboBox<String> unit = new ComboBox<>(vm.unitNames());
        unit.setId("dueFilterUnit");
        unit.setPromptText(messages.get("ledger.filter.unit"));
        unit.valueProperty().bindBidirectional(vm.filterUnitProperty());
        ComboBox<DueGroup> group = new ComboBox<>();
        group.setId("dueFilterGroup");
        group.getItems().setAll(DueGroup.values());
        group.setPromptText(messages.get("due.filter.group"));
        group.setConverter(new StringConverter<>() {
            @Override
            public String toString(DueGroup g) {
                return g == null ? "" : DueMarks.label(messages, g);
            }

            @Override
            public DueGroup fromString(String s) {
                return null;
            }
        });
        group.valueProperty().bindBidirectional(vm.filterGroupProperty());
        CheckBox done = new CheckBox(messages.get("due.filter.showDone"));
        done.selectedProperty().bindBidirectional(vm.showDoneProperty());
        Label summary = new Label();
        summary.setId("dueSummary");
        summary.textProperty().bind(vm.summaryProperty());
        HBox bar = new HBox(8, unit, group, done, summary);
        bar.setPadding(new Insets(8));
        setTop(bar);

        TabPane tabs = new TabPane(
                new Tab(messages.get("due.tab.list"), itemsTable()),
                new Tab(messages.get("due.tab.units"), unitsTable()),
                new Tab(messages.get("due.tab.calendar"), new MonthCalendarView(vm, messages)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(tabs, new DueDetailPane(vm, messages, openTask));
        split.setDividerPositions(0.74);
        setCenter(split);
    }

    private TableView<DueItem> itemsTable() {
        TableView<DueItem> table = new TableView<>(vm.items());
        table.setId("dueTable");
        TableColumn<DueItem, DueGroup> state = new TableColumn<>(messages.get("due.column.state"));
        state.setPrefWidth(110);
        state.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().group()));
        state.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(DueGroup g, boolean empty) {
                super.updateItem(g, empty);
                getStyleClass().removeIf(s -> s.startsWith("due-"));
                setText(empty || g == null ? null : DueMarks.label(messages, g));
                if (!empty && g != null) {
                    getStyleClass().add(DueMarks.styleClass(g));
                }
            }
        });
        table.getColumns().add(state);
        table.getColumns().add(text(messages.get("due.column.due"), 100, i -> i.due() == null ? ""
                : i.due() + (i.overridden() ? " " + messages.get("due.mark.override") : "")));
        table.getColumns().add(text(messages.get("due.column.days"), 110, i -> DueMarks.days(messages, i, vm.today())));
        table.getColumns().add(text(messages.get("ledger.column.seq"), 75, i -> i.seq() == null ? "" : i.seq()));
        table.getColumns().add(text(messages.get("ledger.column.title"), 260,
                i -> i.title() + (i.label() == null ? "" : "（" + i.label() + "）")));
        table.getColumns().add(text(messages.get("ledger.column.deadline"), 150, i -> i.deadlineText() == null ? "" : i.deadlineText()));
        table.getColumns().add(text(messages.get("ledger.column.responsible"), 220, i -> String.join("、", i.units())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("due.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                vm.selectedProperty().set(item);
            }
        });
        vm.selectedProperty().addListener((obs, old, item) -> {
            if (item != null && table.getSelectionModel().getSelectedItem() != item) {
                table.getSelectionModel().select(item);
            }
        });
        return table;
    }

    private TableView<UnitDueSummary> unitsTable() {
        TableView<UnitDueSummary> table = new TableView<>(vm.unitSummaries());
        table.setId("dueUnitsTable");
        TableColumn<UnitDueSummary, String> name = new TableColumn<>(messages.get("units.column.name"));
        name.setPrefWidth(240);
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().unit()));
        table.getColumns().add(name);
        table.getColumns().add(number(messages.get("due.unit.overdue"), UnitDueSummary::overdue, DueGroup.OVERDUE));
        table.getColumns().add(number(messages.get("due.unit.soon"), UnitDueSummary::dueSoon, DueGroup.DUE_7));
        table.getColumns().add(number(messages.get("due.unit.done"), UnitDueSummary::done, null));
        table.getColumns().add(number(messages.get("due.unit.total"), UnitDueSummary::total, null));
        table.setPlaceholder(new Label(messages.get("due.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (s != null) {
                vm.filterUnitProperty().set(s.unit());
            }
        });
        return table;
    }

    private TableColumn<UnitDueSummary, String> number(String title, Function<UnitDueSummary, Integer> value, DueGroup mark) {
        TableColumn<UnitDueSummary, String> column = new TableColumn<>(title);
        column.setPrefWidth(90);
        column.setCellValueFactory(c -> {
            int n = value.apply(c.getValue());
            String prefix = mark != null && n > 0 ? messages.get("due.mark." + mark.name()) + " " : "";
            return new ReadOnlyStringWrapper(prefix + n);
        });
        return column;
    }

    private static TableColumn<DueItem, String> text(String title, double width, Function<DueItem, String> value) {
        TableColumn<DueItem, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
