package com.creditdesk.ui.score;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.scoring.BuiltinIndicatorSystems;
import com.creditdesk.logic.scoring.GainAnalyzer;
import com.creditdesk.logic.scoring.ScenarioService;
import com.creditdesk.logic.scoring.ScoreCalculator;
import com.creditdesk.model.indicator.Category;
import com.creditdesk.model.indicator.Gain;
import com.creditdesk.model.indicator.Indicator;
import com.creditdesk.model.indicator.IndicatorScore;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.InputSpec;
import com.creditdesk.model.indicator.Scenario;
import com.creditdesk.model.indicator.ScoreResult;
import com.creditdesk.model.indicator.VetoFailure;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 评分模拟 screen's state: the chosen system and scenario, one {@link InputField} per input,
 * and the score recomputed at once (on the calling thread — it takes well under a millisecond)
 * on every change. Loading and saving scenarios go through the {@link TaskExecutor}.
 */
public final class ScoreViewModel {

    private final ScenarioService scenarios;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableValue<Campaign> campaign;
    private final ScoreTexts texts;
    private final ScoreCalculator calculator = new ScoreCalculator();

    private final ObservableList<IndicatorSystem> systems = FXCollections.observableArrayList();
    private final ObjectProperty<IndicatorSystem> system = new SimpleObjectProperty<>();
    private final ObservableList<Scenario> scenarioList = FXCollections.observableArrayList();
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>();
    private final Map<String, InputField> fields = new LinkedHashMap<>();
    private final ObservableList<IndicatorRow> rows = FXCollections.observableArrayList();
    private final Map<String, Object> values = new HashMap<>();
    private final ReadOnlyObjectWrapper<ScoreResult> result = new ReadOnlyObjectWrapper<>();
    private final StringProperty totalText = new SimpleStringProperty("");
    private final ObservableList<String> vetoLines = FXCollections.observableArrayList();
    private final StringProperty missingText = new SimpleStringProperty("");
    private final ObservableList<Gain> gains = FXCollections.observableArrayList();
    private final BooleanProperty gainsActive = new SimpleBooleanProperty(false);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final ComparisonModel comparison;
    private boolean applying;

    public ScoreViewModel(ScenarioService scenarios, TaskExecutor executor, Messages messages,
                          ObservableValue<Campaign> campaign) {
        this.scenarios = scenarios;
        this.executor = executor;
        this.messages = messages;
        this.campaign = campaign;
        this.texts = new ScoreTexts(messages);
        this.comparison = new ComparisonModel(scenarios, executor, texts, this::showError);
        system.addListener((obs, old, now) -> onSystemChosen(now));
        scenario.addListener((obs, old, now) -> loadValues(now));
        campaign.addListener((obs, old, now) -> reloadScenarios(null));
        gainsActive.addListener((obs, old, now) -> refreshGains());
    }

    /** Loads the built-in systems (once) and selects the first. */
    public void load() {
        if (!systems.isEmpty()) {
            reloadScenarios(scenario.get() == null ? null : scenario.get().id());
            return;
        }
        executor.execute(BackgroundTask.of(messages.get("score.task.load"), BuiltinIndicatorSystems::load)
                .onSuccess(list -> {
                    systems.setAll(list);
                    if (system.get() == null && !list.isEmpty()) {
                        system.set(list.get(0));
                    }
                })
                .onFailure(this::showError));
    }

    /** Offers these systems instead of the built-in ones (e.g. systems imported into the database). */
    public void setSystems(List<IndicatorSystem> list) {
        systems.setAll(list);
        system.set(list.isEmpty() ? null : list.get(0));
    }

    /** Chooses a system by code (as the coordinator would in the combo box). */
    public void selectSystem(String code) {
        systems.stream().filter(s -> s.code().equals(code)).findFirst().ifPresent(system::set);
    }

    private void onSystemChosen(IndicatorSystem chosen) {
        applying = true;
        fields.clear();
        values.clear();
        List<IndicatorRow> newRows = new ArrayList<>();
        if (chosen != null) {
            for (InputSpec spec : chosen.inputs()) {
                InputField field = InputField.of(chosen, spec);
                field.valueProperty().addListener((obs, old, now) -> onInputChanged(spec.key(), now));
                fields.put(spec.key(), field);
            }
            for (Category category : chosen.categories()) {
                for (Indicator indicator : category.indicators()) {
                    newRows.add(new IndicatorRow(category, indicator, inputKeys(indicator)));
                }
            }
        }
        rows.setAll(newRows);
        applying = false;
        comparison.clear();
        recompute();
        reloadScenarios(null);
    }

    private static List<String> inputKeys(Indicator indicator) {
        Set<String> keys = new LinkedHashSet<>();
        indicator.rules().forEach(sub -> keys.addAll(sub.rule().inputKeys()));
        return List.copyOf(keys);
    }

    private void onInputChanged(String key, Object now) {
        if (applying) {
            return;
        }
        if (now == null) {
            values.remove(key);
        } else {
            values.put(key, now);
        }
        dirty.set(true);
        status.set("");
        recompute();
    }

    /** Scores the current values and updates every row, the totals, vetoes and missing inputs. */
    void recompute() {
        IndicatorSystem current = system.get();
        if (current == null) {
            return;
        }
        ScoreResult scored = calculator.evaluate(current, values);
        Set<String> failedVetoes = new HashSet<>();
        List<String> lines = new ArrayList<>();
        for (VetoFailure failure : scored.vetoFailures()) {
            failedVetoes.add(failure.indicatorId());
            lines.add(texts.vetoLine(current, failure));
        }
        List<IndicatorScore> scores = scored.indicators();
        for (int i = 0; i < rows.size(); i++) {
            IndicatorScore score = scores.get(i);
            rows.get(i).update(score, texts.indicatorScore(score, failedVetoes.contains(score.id())),
                    texts.problems(current, score));
        }
        vetoLines.setAll(lines);
        missingText.set(scored.missing().isEmpty() ? messages.get("score.missing.none")
                : messages.get("score.missing", scored.missing().size(),
                String.join("、", texts.labels(current, scored.missing()))));
        totalText.set(texts.total(scored));
        result.set(scored);
        comparison.currentChanged(scenario.get(), current, values);
        refreshGains();
    }

    /** The 最容易得分 ranking; only computed while it is on screen (it tries many values). */
    void refreshGains() {
        IndicatorSystem current = system.get();
        if (!gainsActive.get() || current == null) {
            return;
        }
        Map<String, Object> snapshot = Map.copyOf(values);
        executor.execute(BackgroundTask.of(messages.get("score.task.gains"),
                        () -> new GainAnalyzer().analyze(current, snapshot))
                .onSuccess(list -> {
                    if (current == system.get() && snapshot.equals(values)) {
                        gains.setAll(list);
                    }
                })
                .onFailure(this::showError));
    }

    public String changeText(Gain gain) {
        return texts.change(gain);
    }

    public String points(java.math.BigDecimal value) {
        return texts.points(value);
    }

    public String valueText(Object value) {
        return texts.value(value);
    }

    private void reloadScenarios(Long selectId) {
        IndicatorSystem current = system.get();
        Campaign owner = campaign.getValue();
        if (current == null || owner == null) {
            scenarioList.clear();
            scenario.set(null);
            return;
        }
        String currentName = messages.get("score.scenario.currentName");
        executor.execute(BackgroundTask.of(messages.get("score.task.load"), () -> {
                    List<Scenario> list = scenarios.list(owner.id(), current.code());
                    if (list.isEmpty()) {
                        // every system starts with a "当前" scenario whose inputs are all still missing
                        scenarios.createCurrent(owner.id(), current.code(), currentName);
                        list = scenarios.list(owner.id(), current.code());
                    }
                    return list;
                })
                .onSuccess(list -> {
                    if (current != system.get()) {
                        return;
                    }
                    scenarioList.setAll(list);
                    Scenario next = list.stream().filter(s -> selectId != null && s.id() == selectId).findFirst()
                            .orElse(list.get(0));
                    if (scenario.get() != null && scenario.get().id() == next.id()) {
                        scenario.set(null);
                    }
                    scenario.set(next);
                })
                .onFailure(this::showError));
    }

    private void loadValues(Scenario chosen) {
        if (chosen == null) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.get("score.task.load"), () -> scenarios.values(chosen.id()))
                .onSuccess(stored -> {
                    if (chosen != scenario.get()) {
                        return;
                    }
                    applying = true;
                    values.clear();
                    fields.values().forEach(field -> field.valueProperty().set(stored.get(field.key())));
                    stored.forEach((key, value) -> {
                        if (fields.containsKey(key)) {
                            values.put(key, value);
                        }
                    });
                    applying = false;
                    dirty.set(false);
                    recompute();
                })
                .onFailure(this::showError));
    }

    /** Writes the scenario's values (never the ledger). */
    public void save() {
        Scenario target = scenario.get();
        if (target == null) {
            return;
        }
        Map<String, Object> snapshot = Map.copyOf(values);
        executor.execute(BackgroundTask.of(messages.get("score.task.save"), () -> scenarios.save(target.id(), snapshot))
                .onSuccess(changed -> {
                    if (snapshot.equals(values)) {
                        dirty.set(false);
                    }
                    status.set(messages.get("score.saved", target.name(), changed));
                })
                .onFailure(this::showError));
    }

    /** A new scenario with all inputs empty. */
    public void createScenario(String name) {
        IndicatorSystem current = system.get();
        Campaign owner = campaign.getValue();
        if (current == null || owner == null) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.get("score.task.save"),
                        () -> scenarios.createCurrent(owner.id(), current.code(), name))
                .onSuccess(created -> reloadScenarios(created.id()))
                .onFailure(this::showError));
    }

    /** Copies the chosen scenario, with its unsaved changes, under a new name. */
    public void copyScenario(String name) {
        Scenario source = scenario.get();
        if (source == null) {
            return;
        }
        Map<String, Object> snapshot = Map.copyOf(values);
        executor.execute(BackgroundTask.of(messages.get("score.task.save"), () -> {
                    Scenario copy = scenarios.copy(source.id(), name);
                    scenarios.save(copy.id(), snapshot);
                    return copy;
                })
                .onSuccess(copy -> reloadScenarios(copy.id()))
                .onFailure(this::showError));
    }

    public void deleteScenario() {
        Scenario target = scenario.get();
        if (target == null) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.get("score.task.save"), () -> {
                    scenarios.delete(target.id());
                    return target;
                })
                .onSuccess(deleted -> {
                    status.set(messages.get("score.deleted", deleted.name()));
                    reloadScenarios(null);
                })
                .onFailure(this::showError));
    }

    /** Compares 2–4 scenarios side by side; the chosen one with its unsaved changes. */
    public void compare(List<Scenario> chosen) {
        comparison.compare(system.get(), chosen, scenario.get(), values);
    }

    void showError(Throwable error) {
        errorMessage.set(messages.describe(error));
    }

    public Map<String, Object> values() {
        return Map.copyOf(values);
    }

    public InputField field(String key) {
        return fields.get(key);
    }

    public ObservableList<IndicatorSystem> systems() {
        return systems;
    }

    public ObjectProperty<IndicatorSystem> systemProperty() {
        return system;
    }

    public ObservableList<Scenario> scenarios() {
        return scenarioList;
    }

    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public ObservableList<IndicatorRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<ScoreResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public StringProperty totalTextProperty() {
        return totalText;
    }

    public ObservableList<String> vetoLines() {
        return vetoLines;
    }

    public StringProperty missingTextProperty() {
        return missingText;
    }

    public ObservableList<Gain> gains() {
        return gains;
    }

    public BooleanProperty gainsActiveProperty() {
        return gainsActive;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorMessageProperty() {
        return errorMessage;
    }

    public ComparisonModel comparison() {
        return comparison;
    }
}
