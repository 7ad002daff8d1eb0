package com.creditdesk.ui.reports;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.report.ReportFormat;
import com.creditdesk.logic.report.ReportKind;
import com.creditdesk.ui.util.EnumConverter;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import java.io.File;

/**
 * 报表: choose a report (工作台账, 催办单, 逾期/临期清单), a unit or all units, the format and the
 * "as of" day, then save it; the units' workload table stays below as the basis for chasing.
 */
public final class ReportsView extends BorderPane {

    public ReportsView(ReportsViewModel vm, Messages messages, Node workloadTable) {
        setId("reportsView");
        ComboBox<ReportKind> kind = new ComboBox<>();
        kind.setId("reportKind");
        kind.getItems().setAll(ReportKind.values());
        kind.setConverter(new EnumConverter<>(messages, "reports.kind.", ReportKind.class));
        kind.valueProperty().bindBidirectional(vm.kindProperty());

        ComboBox<String> unit = new ComboBox<>();
        unit.setId("reportUnit");
        unit.setPrefWidth(260);
        unit.getItems().add(null);
        vm.unitNames().addListener((javafx.collections.ListChangeListener<String>) c -> {
            unit.getItems().setAll(vm.unitNames());
            unit.getItems().add(0, null);
        });
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? messages.get("reports.allUnits") : name;
            }

            @Override
            public String fromString(String text) {
                return text == null || text.equals(messages.get("reports.allUnits")) ? null : text;
            }
        });
        unit.valueProperty().bindBidirectional(vm.unitProperty());

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

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(messages.get("reports.choose.report")), kind);
        form.addRow(1, new Label(messages.get("reports.choose.unit")), unit);
        form.addRow(2, new Label(messages.get("reports.choose.format")), format);
        form.addRow(3, new Label(messages.get("reports.choose.today")), today);
        form.add(new HBox(8, export, preview), 1, 4);
        Label message = new Label();
        message.setId("reportMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label title = new Label(messages.get("reports.title"));
        title.getStyleClass().add("screen-title");
        VBox top = new VBox(8, title, form, message);
        top.setPadding(new Insets(8));
        setTop(top);
        setCenter(workloadTable);
    }
}
