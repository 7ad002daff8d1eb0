package com.creditdesk.ui.score;

import com.creditdesk.ui.util.NamedConverter;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.indicator.CategoryScore;
import com.creditdesk.model.indicator.Gain;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.Scenario;
import com.creditdesk.model.indicator.ScoreResult;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/**
 * 评分模拟: pick a system and a scenario, change inputs and watch the score, the vetoes, the
 * missing inputs and the per-category chart follow; compare scenarios; see where points are cheapest.
 */
public final class ScoreView extends BorderPane {

    private final ScoreViewModel vm;
    private final Messages messages;
    private final XYChart.Series<String, Number> won = new XYChart.Series<>();
    private final XYChart.Series<String, Number> available = new XYChart.Series<>();
    private final NumberAxis pointsAxis = new NumberAxis();
    private final CategoryAxis categoryAxis = new CategoryAxis();

    public ScoreView(ScoreViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        setId("scoreView");
        setTop(header());
        TabPane tabs = new TabPane(
                tab("score.tab.inputs", new SplitPane(new IndicatorListPane(vm, messages), chart())),
                tab("score.tab.compare", new ComparisonPane(vm, messages)),
                tab("score.tab.gains", gainsTable()),
                tab("score.tab.systems", new SystemEditorPane(vm.editor(), messages)),
                tab("score.tab.risks", new RiskPane(vm.risks(), messages)));
        tabs.setId("scoreTabs");
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            vm.gainsActiveProperty().set(now.intValue() == 2);
            vm.risks().activeProperty().set(now.intValue() == 4);
        });
        ((SplitPane) tabs.getTabs().get(0).getContent()).setDividerPositions(0.68);
        setCenter(tabs);
    }

    private Tab tab(String key, javafx.scene.Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(key.replace('.', '-'));
        tab.setClosable(false);
        return tab;
    }

    private VBox header() {
        ComboBox<IndicatorSystem> system = new ComboBox<>(vm.systems());
        system.setId("scoreSystem");
        system.valueProperty().bindBidirectional(vm.systemProperty());
        system.setConverter(NamedConverter.named(IndicatorSystem::name));
        system.setPrefWidth(340);
        ComboBox<Scenario> scenario = new ComboBox<>(vm.scenarios());
        scenario.setId("scoreScenario");
        scenario.valueProperty().bindBidirectional(vm.scenarioProperty());
        scenario.setConverter(NamedConverter.named(Scenario::name));
        scenario.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Scenario item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        Button create = button("newScenario", "score.new", () -> askName("score.new.title", "")
                .ifPresent(vm::createScenario));
        Button copy = button("copyScenario", "score.copy", () -> askName("score.copy.title",
                messages.get("score.copy.defaultName", vm.scenarioProperty().get().name())).ifPresent(vm::copyScenario));
        Button delete = button("deleteScenario", "score.delete", this::confirmDelete);
        Button save = button("saveScenario", "score.save", vm::save);
        Button ledger = button("refreshFromLedger", "score.ledger.refresh", vm::refreshFromLedger);
        ledger.disableProperty().bind(vm.scenarioProperty().isNull());
        copy.disableProperty().bind(vm.scenarioProperty().isNull());
        delete.disableProperty().bind(vm.scenarioProperty().isNull());
        save.disableProperty().bind(vm.scenarioProperty().isNull().or(vm.dirtyProperty().not()));
        Label status = new Label();
        status.setId("scoreStatus");
        status.textProperty().bind(vm.statusProperty());
        HBox bar = new HBox(8, new Label(messages.get("score.system")), system, new Label(messages.get("score.scenario")),
                scenario, create, copy, delete, save, ledger, status);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label total = new Label();
        total.setId("scoreTotal");
        total.getStyleClass().add("score-total");
        total.textProperty().bind(vm.totalTextProperty());
        VBox vetoes = new VBox(2);
        vetoes.setId("vetoList");
        Runnable showVetoes = () -> vetoes.getChildren().setAll(vm.vetoLines().stream().map(line -> {
            Label label = new Label(line);
            label.setWrapText(true);
            label.getStyleClass().addAll("error-text", "veto-line");
            return label;
        }).toList());
        vm.vetoLines().addListener((ListChangeListener<String>) change -> showVetoes.run());
        Label missing = new Label();
        missing.setId("missingInputs");
        missing.setWrapText(true);
        missing.getStyleClass().add("hint-text");
        missing.textProperty().bind(vm.missingTextProperty());
        // at most three lines here (long lists end in …); the whole list in the tooltip
        missing.setMaxHeight(60);
        javafx.scene.control.Tooltip fullList = new javafx.scene.control.Tooltip();
        fullList.setWrapText(true);
        fullList.setMaxWidth(700);
        fullList.textProperty().bind(vm.missingTextProperty());
        missing.setTooltip(fullList);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorMessageProperty());
        VBox top = new VBox(6, bar, total, vetoes, missing, error);
        top.setPadding(new Insets(8));
        return top;
    }

    private Button button(String id, String key, Runnable action) {
        return ScorePanes.button(messages, id, key, action);
    }

    private java.util.Optional<String> askName(String titleKey, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setTitle(messages.get(titleKey));
        dialog.setHeaderText(messages.get(titleKey));
        dialog.setContentText(messages.get("score.name"));
        return dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty());
    }

    private void confirmDelete() {
        Scenario target = vm.scenarioProperty().get();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("score.delete.confirm", target.name()),
                ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(messages.get("score.delete"));
        alert.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> vm.deleteScenario());
    }

    private BarChart<String, Number> chart() {
        pointsAxis.setLabel(messages.get("score.chart.points"));
        // a fixed range per system: auto-ranging would rebuild the ticks (and their CSS) on every change
        pointsAxis.setAutoRanging(false);
        categoryAxis.setAutoRanging(false);
        BarChart<String, Number> chart = new BarChart<>(categoryAxis, pointsAxis);
        chart.setId("categoryChart");
        chart.setAnimated(false);
        chart.setTitle(messages.get("score.chart.title"));
        won.setName(messages.get("score.chart.won"));
        available.setName(messages.get("score.chart.available"));
        chart.getData().add(won);
        chart.getData().add(available);
        vm.resultProperty().addListener((obs, old, now) -> updateChart(now));
        updateChart(vm.resultProperty().get());
        return chart;
    }

    /** Updates the bars in place (no rebuild) so a change costs one layout pass. */
    private void updateChart(ScoreResult result) {
        List<CategoryScore> categories = result == null ? List.of() : result.categories();
        if (won.getData().size() != categories.size()) {
            won.getData().clear();
            available.getData().clear();
            double top = categories.stream().mapToDouble(c -> c.max().doubleValue()).max().orElse(10);
            double unit = Math.max(1, Math.ceil(top / 8));
            pointsAxis.setLowerBound(0);
            pointsAxis.setUpperBound(Math.ceil(top / unit) * unit);
            pointsAxis.setTickUnit(unit);
            List<String> names = new java.util.ArrayList<>();
            for (CategoryScore category : categories) {
                String name = category.code() == null || category.code().isBlank() ? shortTitle(category.title())
                        : category.code();
                names.add(name);
                won.getData().add(new XYChart.Data<>(name, 0));
                available.getData().add(new XYChart.Data<>(name, 0));
            }
            categoryAxis.setCategories(javafx.collections.FXCollections.observableArrayList(names));
        }
        for (int i = 0; i < categories.size(); i++) {
            setIfChanged(won.getData().get(i), categories.get(i).score());
            setIfChanged(available.getData().get(i), categories.get(i).max());
        }
    }

    /** A bar whose value did not change is left alone: no layout for it. */
    private static void setIfChanged(XYChart.Data<String, Number> bar, java.math.BigDecimal value) {
        Number old = bar.getYValue();
        if (!(old instanceof java.math.BigDecimal decimal) || decimal.compareTo(value) != 0) {
            bar.setYValue(value);
        }
    }

    private static String shortTitle(String title) {
        return title.length() <= 8 ? title : title.substring(0, 8) + "…";
    }

    private TableView<Gain> gainsTable() {
        TableView<Gain> table = new TableView<>(vm.gains());
        table.setId("gainsTable");
        table.setPlaceholder(new Label(messages.get("score.gains.empty")));
        table.getColumns().add(column("score.column.indicator", 320,
                g -> ((g.code() == null ? "" : g.code() + " ") + g.title()).strip()));
        table.getColumns().add(column("score.column.change", 340, vm::changeText));
        table.getColumns().add(column("score.column.fromTo", 160,
                g -> vm.valueText(g.currentValue()) + " → " + vm.valueText(g.suggestedValue())));
        table.getColumns().add(column("score.column.gained", 90, g -> "+" + vm.points(g.pointsGained())));
        table.getColumns().add(column("score.column.available", 90, g -> vm.points(g.available())));
        return table;
    }

    private TableColumn<Gain, String> column(String key, double width, Function<Gain, String> value) {
        return ScorePanes.column(messages.get(key), width, value);
    }
}
