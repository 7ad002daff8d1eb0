package com.creditdesk.ui.reports;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.report.ReportService;
import com.creditdesk.logic.scoring.BuiltinIndicatorSystems;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.Scenario;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the 自评打分表 is about: the indicator system and up to two of its saved scenarios of the
 * current campaign (none: a blank form; two: side by side). Choosing a system reads its scenarios.
 */
public final class ScoreSheetChoice {

    private final ReportService reports;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Consumer<Throwable> onFailure;
    private final ObservableList<IndicatorSystem> systems = FXCollections.observableArrayList();
    private final ObjectProperty<IndicatorSystem> system = new SimpleObjectProperty<>();
    private final ObservableList<String> scenarioNames = FXCollections.observableArrayList();
    private final StringProperty scenario = new SimpleStringProperty();
    private final StringProperty compareWith = new SimpleStringProperty();

    ScoreSheetChoice(ReportService reports, TaskExecutor executor, Messages messages, Consumer<Throwable> onFailure) {
        this.reports = reports;
        this.executor = executor;
        this.messages = messages;
        this.onFailure = onFailure;
        system.addListener((obs, old, now) -> {
            if (now != null && (old == null || !old.code().equals(now.code()))) {
                loadScenarios(now.code());
            }
        });
    }

    /** Reads the built-in systems and picks the first one that has scenarios in the current campaign. */
    void load() {
        executor.execute(BackgroundTask.of(messages.get("reports.loadScenarios"), () -> {
                    List<IndicatorSystem> all = BuiltinIndicatorSystems.load();
                    Long campaign = currentCampaign();
                    IndicatorSystem preferred = all.isEmpty() ? null : all.get(0);
                    for (IndicatorSystem s : all) {
                        if (campaign != null && !reports.scenarios(campaign, s.code()).isEmpty()) {
                            preferred = s;
                            break;
                        }
                    }
                    return new Loaded(all, preferred);
                })
                .onSuccess(loaded -> {
                    IndicatorSystem chosen = system.get();
                    systems.setAll(loaded.systems());
                    IndicatorSystem keep = chosen == null ? null : loaded.systems().stream()
                            .filter(s -> s.code().equals(chosen.code())).findFirst().orElse(null);
                    if (keep != null) {
                        loadScenarios(keep.code());
                    } else {
                        system.set(loaded.preferred());
                    }
                })
                .onFailure(onFailure));
    }

    private record Loaded(List<IndicatorSystem> systems, IndicatorSystem preferred) {
    }

    private void loadScenarios(String code) {
        executor.execute(BackgroundTask.of(messages.get("reports.loadScenarios"), () -> {
                    Long campaign = currentCampaign();
                    return campaign == null ? List.<String>of()
                            : reports.scenarios(campaign, code).stream().map(Scenario::name).toList();
                })
                .onSuccess(names -> {
                    String a = scenario.get();
                    String b = compareWith.get();
                    scenarioNames.setAll(names);
                    scenario.set(a != null && names.contains(a) ? a : names.isEmpty() ? null : names.get(0));
                    compareWith.set(b != null && names.contains(b) ? b : null);
                })
                .onFailure(onFailure));
    }

    private Long currentCampaign() {
        List<Campaign> campaigns = reports.campaigns();
        return campaigns.isEmpty() ? null : campaigns.get(0).id();
    }

    /** The chosen scenarios in order, without blanks. */
    List<String> chosenScenarios() {
        List<String> names = new ArrayList<>();
        if (scenario.get() != null) {
            names.add(scenario.get());
        }
        if (compareWith.get() != null && !compareWith.get().equals(scenario.get())) {
            names.add(compareWith.get());
        }
        return names;
    }

    String systemCode() {
        return system.get() == null ? null : system.get().code();
    }

    public ObservableList<IndicatorSystem> systems() {
        return systems;
    }

    public ObjectProperty<IndicatorSystem> systemProperty() {
        return system;
    }

    public ObservableList<String> scenarioNames() {
        return scenarioNames;
    }

    /** The scenario to print, or null for a blank form. */
    public StringProperty scenarioProperty() {
        return scenario;
    }

    /** A second scenario to print beside the first, or null. */
    public StringProperty compareWithProperty() {
        return compareWith;
    }
}
