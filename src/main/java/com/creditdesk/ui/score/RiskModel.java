package com.creditdesk.ui.score;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.InspectionDate;
import com.creditdesk.model.indicator.RiskRow;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.List;

/**
 * 逾期风险 on the 评分模拟 screen: the chosen system's indicators with overdue work or work due by
 * the inspection date, and that date, which the coordinator can set. Loaded while on screen.
 */
public final class RiskModel {

    private final ScoreServices services;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableValue<Campaign> campaign;
    private final ObservableValue<IndicatorSystem> system;
    private final ObservableList<RiskRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> inspectionDate = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(false);

    RiskModel(ScoreServices services, TaskExecutor executor, Messages messages, ObservableValue<Campaign> campaign,
              ObservableValue<IndicatorSystem> system) {
        this.services = services;
        this.executor = executor;
        this.messages = messages;
        this.campaign = campaign;
        this.system = system;
        system.addListener((obs, old, now) -> refresh());
        campaign.addListener((obs, old, now) -> refresh());
        active.addListener((obs, old, now) -> refresh());
    }

    /** Reads the inspection date and the risks again (when on screen). */
    public void refresh() {
        Campaign owner = campaign.getValue();
        IndicatorSystem chosen = system.getValue();
        if (!active.get() || owner == null || chosen == null) {
            return;
        }
        LocalDate today = services.today().get();
        executor.execute(BackgroundTask.of(messages.get("risk.task.load"), () -> new Loaded(
                        services.risks().inspectionDate(owner.id()), services.risks().risks(owner.id(), chosen, today)))
                .onSuccess(loaded -> {
                    if (chosen != system.getValue()) {
                        return;
                    }
                    error.set("");
                    inspectionDate.set(loaded.date().date());
                    rows.setAll(loaded.rows());
                    summary.set(summary(loaded.date(), loaded.rows()));
                })
                .onFailure(e -> error.set(messages.describe(e))));
    }

    private record Loaded(InspectionDate date, List<RiskRow> rows) {
    }

    private String summary(InspectionDate date, List<RiskRow> found) {
        String when = date.date() == null ? messages.get("risk.date.none")
                : messages.get(date.fromPeriodEnd() ? "risk.date.periodEnd" : "risk.date.set", date.date().toString());
        return messages.get(found.isEmpty() ? "risk.summary.none" : "risk.summary", found.size(), when);
    }

    /** Sets the campaign's inspection date (audited) and lists the risks against it. */
    public void setInspectionDate(LocalDate date) {
        Campaign owner = campaign.getValue();
        if (owner == null) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.get("risk.task.save"), () -> {
                    services.risks().setInspectionDate(owner.id(), date);
                    return date;
                })
                .onSuccess(saved -> refresh())
                .onFailure(e -> error.set(messages.describe(e))));
    }

    public String stake(RiskRow row) {
        return row.veto() ? messages.get("risk.stake.veto")
                : row.pointsAtStake() == null ? "—" : messages.get("risk.stake.points", row.pointsAtStake().toPlainString());
    }

    public String items(RiskRow row) {
        LocalDate today = services.today().get();
        return String.join("\n", row.items().stream().map(item -> messages.get(
                item.due().isBefore(today) ? "risk.item.overdue" : "risk.item.due",
                messages.get("risk.kind." + item.kind().name()), item.text(), item.due().toString())).toList());
    }

    public ObservableList<RiskRow> rows() {
        return rows;
    }

    public ObjectProperty<LocalDate> inspectionDateProperty() {
        return inspectionDate;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty activeProperty() {
        return active;
    }
}
