package com.creditdesk.ui.score;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.indicator.RiskRow;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** 逾期风险: the inspection date (settable) and the indicators at risk, most points at stake first. */
final class RiskPane extends BorderPane {

    RiskPane(RiskModel risks, Messages messages) {
        setId("riskPane");
        DatePicker date = new DatePicker();
        date.setId("inspectionDate");
        date.valueProperty().bindBidirectional(risks.inspectionDateProperty());
        Button set = new Button(messages.get("risk.date.save"));
        set.setId("setInspectionDate");
        set.setOnAction(e -> risks.setInspectionDate(date.getValue()));
        Label summary = new Label();
        summary.setId("riskSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(risks.summaryProperty());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(risks.errorProperty());
        HBox bar = new HBox(8, new Label(messages.get("risk.date")), date, set);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, bar, summary, error);
        top.setPadding(new Insets(8));
        setTop(top);

        TableView<RiskRow> table = new TableView<>(risks.rows());
        table.setId("riskTable");
        table.setPlaceholder(new Label(messages.get("risk.empty")));
        table.getColumns().add(column(messages.get("risk.column.indicator"), 300,
                r -> ((r.code() == null ? "" : r.code() + " ") + r.title()).strip()));
        table.getColumns().add(column(messages.get("risk.column.stake"), 110, risks::stake));
        table.getColumns().add(column(messages.get("risk.column.overdue"), 70, r -> String.valueOf(r.overdue())));
        table.getColumns().add(column(messages.get("risk.column.dueSoon"), 90, r -> String.valueOf(r.dueBeforeInspection())));
        table.getColumns().add(column(messages.get("risk.column.earliest"), 100, r -> r.earliestDue().toString()));
        table.getColumns().add(column(messages.get("risk.column.items"), 460, risks::items));
        setCenter(table);
    }

    private static TableColumn<RiskRow, String> column(String title, double width, Function<RiskRow, String> value) {
        return ScorePanes.column(title, width, value);
    }
}
