package com.creditdesk.ui.score;

import com.creditdesk.logic.i18n.Messages;
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

    private final ScoreServices services;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableValue<Campaign> campaign;
    private final ScoreTexts texts;
    private final ScoreCalculator calculator = new ScoreCalculator();

    private final ObservableList<IndicatorSystem> systems = FXCollections.observableArrayList();
    private final ObjectProperty<IndicatorSystem> system = new SimpleObjectProperty<>();
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
    private final ScenarioListModel scenarios;
    private final SystemEditorModel editor;
    private final RiskModel risks;
    private boolean applying;
    /** Unsaved values to put back after the system was reloaded (its rules edited). */
    private Map<String, Object> carried;

    public ScoreViewModel(ScoreServices services, TaskExecutor executor, Messages messages,
                          ObservableValue<Campaign> campaign) {
        this.services = services;
        this.executor = executor;
        this.messages = messages;
        this.campaign = campaign;
        this.texts = new ScoreTexts(messages);
        this.comparison = new ComparisonModel(services.scenarios(), executor, texts, this::showError);
        this.scenarios = new ScenarioListModel(services.scenarios(), executor, messages, campaign, system::get, status,
                this::showError);
        this.editor = new SystemEditorModel(services, executor, messages, system, this::reloadSystems);
        this.risks = new RiskModel(services, executor, messages, campaign, system);
        system.addListener((obs, old, now) -> onSystemChosen(now));
        scenarios.chosen().addListener((obs, old, now) -> loadValues(now));
        campaign.addListener((obs, old, now) -> scenarios.reload(null));
        gainsActive.addListener((obs, old, now) -> refreshGains());
    }

    /** Loads every system (built-in and stored) once and selects the first. */
    public void load() {
        if (!systems.isEmpty()) {
            Scenario chosen = scenarios.chosen().get();
            scenarios.reload(chosen == null ? null : chosen.id());
            return;
        }
        reloadSystems(null);
    }

    /**
     * Lists the systems again (after an import or an edit) and chooses {@code code}, or keeps the
     * current one. When the current system is chosen again, its unsaved input values are kept.
     */
    public void reloadSystems(String code) {
        IndicatorSystem before = system.get();
        String wanted = code != null ? code : before == null ? null : before.code();
        executor.execute(BackgroundTask.of(messages.get("score.task.load"), () -> services.systems().get())
                .onSuccess(list -> {
                    systems.setAll(list);
                    IndicatorSystem next = list.stream().filter(s -> s.code().equals(wanted)).findFirst()
                            .orElse(list.isEmpty() ? null : list.get(0));
                    if (next != null && next.equals(before)) {
                        return;
                    }
                    if (before != null && next != null && before.code().equals(next.code()) && dirty.get()) {
                        carried = Map.copyOf(values);
                    }
                    system.set(next);
                })
                .onFailure(this::showError));
    }

    /** Offers exactly these systems (e.g. for a test or a benchmark). */
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
        Scenario kept = scenarios.chosen().get();
        scenarios.reload(carried != null && kept != null ? kept.id() : null);
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
        fields.get(key).sourceProperty().set("");
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
        comparison.currentChanged(scenarios.chosen().get(), current, values);
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

    private void loadValues(Scenario chosen) {
        if (chosen == null) {
            return;
        }
        ScenarioService service = services.scenarios();
        executor.execute(BackgroundTask.of(messages.get("score.task.load"),
                        () -> new Object[]{service.values(chosen.id()), service.sources(chosen.id())})
                .onSuccess(loaded -> {
                    if (chosen != scenarios.chosen().get()) {
                        return;
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> stored = (Map<String, Object>) loaded[0];
                    @SuppressWarnings("unchecked")
                    Map<String, String> sources = (Map<String, String>) loaded[1];
                    Map<String, Object> shown = carried != null ? carried : stored;
                    carried = null;
                    applying = true;
                    values.clear();
                    fields.values().forEach(field -> {
                        field.valueProperty().set(shown.get(field.key()));
                        boolean same = java.util.Objects.equals(shown.get(field.key()), stored.get(field.key()));
                        field.sourceProperty().set(same ? sources.getOrDefault(field.key(), "") : "");
                    });
                    shown.forEach((key, value) -> {
                        if (fields.containsKey(key) && value != null) {
                            values.put(key, value);
                        }
                    });
                    applying = false;
                    dirty.set(!shown.equals(stored));
                    recompute();
                })
                .onFailure(this::showError));
    }

    /** Writes the scenario's values (never the ledger). */
    public void save() {
        scenarios.save(Map.copyOf(values), saved -> {
            if (saved.equals(values)) {
                dirty.set(false);
            }
        });
    }

    /** A new scenario with all inputs empty. */
    public void createScenario(String name) {
        scenarios.create(name);
    }

    /** Copies the chosen scenario, with its unsaved changes, under a new name. */
    public void copyScenario(String name) {
        scenarios.copy(name, Map.copyOf(values));
    }

    public void deleteScenario() {
        scenarios.delete();
    }

    /** Takes the ledger's values again into the chosen scenario (values typed by hand stay). */
    public void refreshFromLedger() {
        scenarios.refreshFromLedger();
    }

    /** Compares 2–4 scenarios side by side; the chosen one with its unsaved changes. */
    public void compare(List<Scenario> chosen) {
        comparison.compare(system.get(), chosen, scenarios.chosen().get(), values);
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
        return scenarios.list();
    }

    public ObjectProperty<Scenario> scenarioProperty() {
        return scenarios.chosen();
    }

    public SystemEditorModel editor() {
        return editor;
    }

    public RiskModel risks() {
        return risks;
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
