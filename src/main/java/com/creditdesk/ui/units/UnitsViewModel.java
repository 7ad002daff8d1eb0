package com.creditdesk.ui.units;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.UnitWorkload;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.TaskExecutor;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/** The responsible units of the current campaign with their task counts and contacts. */
public final class UnitsViewModel {

    private final LedgerService ledger;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<UnitWorkload> units = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");

    public UnitsViewModel(LedgerService ledger, TaskExecutor executor, Messages messages) {
        this.ledger = ledger;
        this.executor = executor;
        this.messages = messages;
    }

    public void load() {
        executor.execute(BackgroundTask.of(messages.get("task.loadUnits"), () -> {
                    List<Campaign> campaigns = ledger.campaigns();
                    return campaigns.isEmpty() ? List.<UnitWorkload>of() : ledger.workload(campaigns.get(0).id());
                })
                .onSuccess(list -> {
                    units.setAll(list);
                    int open = list.stream().mapToInt(UnitWorkload::open).sum();
                    summary.set(messages.get("units.summary", list.size(), open));
                })
                .onFailure(e -> summary.set(messages.describe(e))));
    }

    public void saveContact(UnitWorkload unit, String contact, String phone) {
        executor.execute(BackgroundTask.of(messages.get("task.saveUnit"), () -> {
                    ledger.updateUnitContact(unit.unitId(), contact, phone);
                    return unit.unitId();
                })
                .onSuccess(id -> load())
                .onFailure(e -> summary.set(messages.describe(e))));
    }

    public ObservableList<UnitWorkload> units() {
        return units;
    }

    public StringProperty summaryProperty() {
        return summary;
    }
}
