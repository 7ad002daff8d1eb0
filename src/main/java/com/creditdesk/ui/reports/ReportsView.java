package com.creditdesk.ui.reports;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.report.ReportFormat;
import com.creditdesk.logic.report.ReportKind;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.ui.util.EnumConverter;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import java.io.File;

/**
 * 报表: choose a report (工作台账, 催办单, 逾期/临期清单, 自评打分表, 佐证材料目录), a unit or all
 * units — or for the 自评打分表 the indicator system and one or two scenarios — the format and the
 * "as of" day, then save it or preview and print it; the units' workload table stays below as the basis for chasing.
 */
public final class ReportsView extends BorderPane {

    public ReportsView(ReportsViewModel vm, Messages messages, Node workloadTable) {
        setId("reportsView");
        ComboBox<ReportKind> kind = new ComboBox<>();
        kind.setId("reportKind");
        kind.getItems().setAll(ReportKind.values());
        kind.setConverter(new EnumConverter<>(messages, "reports.kind.", ReportKind.class));
        kind.valueProperty().bindBidirectional(vm.kindProperty());

        ComboBox<String> unit = withNone("reportUnit", vm.unitNames(), messages.get("reports.allUnits"), vm.unitProperty());
        unit.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.kindProperty().get() != null
                && vm.kindProperty().get().scoring(), vm.kindProperty()));

        ScoreSheetChoice choice = vm.scoreSheet();
        ComboBox<IndicatorSystem> system = new ComboBox<>(choice.systems());
        system.setId("reportSystem");
        system.setPrefWidth(420);
        system.setConverter(new StringConverter<>() {
            @Override
            public String toString(IndicatorSystem s) {
                return s == null ? "" : s.name();
            }

            @Override
            public IndicatorSystem fromString(String text) {
                return choice.systems().stream().filter(s -> s.name().equals(text)).findFirst().orElse(null);
            }
        });
        system.valueProperty().bindBidirectional(choice.systemProperty());
        ComboBox<String> scenario = withNone("reportScenario", choice.scenarioNames(), messages.get("reports.noScenario"),
                choice.scenarioProperty());
        ComboBox<String> compareWith = withNone("reportCompareWith", choice.scenarioNames(),
                messages.get("reports.noComparison"), choice.compareWithProperty());

        ComboBox<ReportFormat> format = new ComboBox<>();
        format.setId("reportFormat");
        format.getItems().setAll(ReportFormat.values());
        format.setConverter(new EnumConverter<>(messages, "reports.format.", ReportFormat.class));
        format.valueProperty().bindBidirectional(vm.formatProperty());

        DatePicker today = new DatePicker();
        today.setId("reportToday");
        today.valueProperty().bindBidirectional(vm.todayProperty());

        Button export = new Button(messages.get("reports.export"));
        export.setId("reportExport");
        export.setDefaultButton(true);
        export.disableProperty().bind(vm.busyProperty());
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("reports.export"));
            chooser.setInitialFileName(vm.suggestedFileName());
            String extension = vm.formatProperty().get().extension();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    messages.get("reports.format." + vm.formatProperty().get().name()), "*." + extension));
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                vm.export(file.toPath());
            }
        });

        Button preview = new Button(messages.get("reports.preview"));
        preview.setId("reportPreview");
        preview.disableProperty().bind(vm.busyProperty());
        preview.setOnAction(e -> vm.preparePreview(pages ->
                new PrintPreview(messages, pages).show(getScene().getWindow(), vm.previewTitle(pages.size()))));

        GridPane form = grid();
        form.addRow(0, new Label(messages.get("reports.choose.report")), kind);
        form.addRow(1, new Label(messages.get("reports.choose.unit")), unit);
        // The 自评打分表's choices sit in their own grid, so that hidden they leave no gap.
        GridPane scoring = grid();
        scoring.setId("reportScoringChoice");
        scoring.addRow(0, new Label(messages.get("reports.choose.system")), system);
        scoring.addRow(1, new Label(messages.get("reports.choose.scenario")), scenario);
        scoring.addRow(2, new Label(messages.get("reports.choose.compareWith")), compareWith);
        scoring.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.kindProperty().get() != null
                && vm.kindProperty().get().scoring(), vm.kindProperty()));
        scoring.managedProperty().bind(scoring.visibleProperty());
        GridPane output = grid();
        output.addRow(0, new Label(messages.get("reports.choose.format")), format);
        output.addRow(1, new Label(messages.get("reports.choose.today")), today);
        output.add(new HBox(8, export, preview), 1, 2);
        Label message = new Label();
        message.setId("reportMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label title = new Label(messages.get("reports.title"));
        title.getStyleClass().add("screen-title");
        VBox top = new VBox(8, title, new VBox(6, form, scoring, output), message);
        top.setPadding(new Insets(8));
        setTop(top);
        setCenter(workloadTable);
    }

    /** A two-column form whose label column is at least as wide in every grid, so the three line up. */
    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(72);
        grid.getColumnConstraints().add(labels);
        return grid;
    }

    /** A choice of names with a first entry meaning "none" (null), kept in step with {@code source}. */
    private static ComboBox<String> withNone(String id, ObservableList<String> source, String noneText,
                                             StringProperty value) {
        ComboBox<String> combo = new ComboBox<>();
        combo.setId(id);
        combo.setPrefWidth(260);
        combo.getItems().add(null);
        combo.getItems().addAll(source);
        source.addListener((ListChangeListener<String>) c -> {
            String chosen = value.get();
            combo.getItems().setAll(source);
            combo.getItems().add(0, null);
            value.set(chosen != null && source.contains(chosen) ? chosen : value.get());
        });
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? noneText : name;
            }

            @Override
            public String fromString(String text) {
                return text == null || text.equals(noneText) ? null : text;
            }
        });
        combo.valueProperty().bindBidirectional(value);
        return combo;
    }
}
