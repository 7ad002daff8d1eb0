package com.creditdesk.ui.score;

import com.creditdesk.logic.scoring.ScenarioService;
import com.creditdesk.logic.scoring.ScoreCalculator;
import com.creditdesk.model.indicator.CategoryScore;
import com.creditdesk.model.indicator.IndicatorScore;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.Scenario;
import com.creditdesk.model.indicator.ScoreResult;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.TaskExecutor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Side-by-side comparison of 2–4 scenarios: rows are the total, the categories and the
 * indicators, columns the scenarios; a row differs when its scenarios do not all agree.
 * The scenario being edited is compared with its unsaved values, and follows every change.
 */
public final class ComparisonModel {

    public static final int MAX_SCENARIOS = 4;

    private final ScenarioService scenarios;
    private final TaskExecutor executor;
    private final ScoreTexts texts;
    private final Consumer<Throwable> onError;
    private final ScoreCalculator calculator = new ScoreCalculator();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<ComparisonRow> rows = FXCollections.observableArrayList();
    private IndicatorSystem system;
    private final Map<Scenario, Map<String, Object>> compared = new LinkedHashMap<>();

    ComparisonModel(ScenarioService scenarios, TaskExecutor executor, ScoreTexts texts, Consumer<Throwable> onError) {
        this.scenarios = scenarios;
        this.executor = executor;
        this.texts = texts;
        this.onError = onError;
    }

    void compare(IndicatorSystem chosenSystem, List<Scenario> chosen, Scenario editing, Map<String, Object> editingValues) {
        if (chosenSystem == null) {
            return;
        }
        List<Scenario> limited = chosen.stream().limit(MAX_SCENARIOS).toList();
        Map<String, Object> snapshot = Map.copyOf(editingValues);
        executor.execute(BackgroundTask.of(texts.get("score.task.compare"), () -> {
                    Map<Scenario, Map<String, Object>> loaded = new LinkedHashMap<>();
                    for (Scenario scenario : limited) {
                        boolean isEditing = editing != null && editing.id() == scenario.id();
                        loaded.put(scenario, isEditing ? snapshot : scenarios.values(scenario.id()));
                    }
                    return loaded;
                })
                .onSuccess(loaded -> {
                    system = chosenSystem;
                    compared.clear();
                    compared.putAll(loaded);
                    rebuild();
                })
                .onFailure(onError));
    }

    /** Follows the edited scenario's unsaved changes when it is being compared. */
    void currentChanged(Scenario editing, IndicatorSystem current, Map<String, Object> values) {
        if (editing == null || current != system) {
            return;
        }
        for (Scenario scenario : compared.keySet()) {
            if (scenario.id() == editing.id()) {
                compared.put(scenario, Map.copyOf(values));
                rebuild();
                return;
            }
        }
    }

    void clear() {
        system = null;
        compared.clear();
        columns.clear();
        rows.clear();
    }

    private void rebuild() {
        List<ScoreResult> results = new ArrayList<>();
        compared.values().forEach(values -> results.add(calculator.evaluate(system, values)));
        List<ComparisonRow> built = new ArrayList<>();
        built.add(row(texts.get("score.compare.total"), results.stream().map(r -> texts.points(r.total())
                + (r.vetoed() ? texts.get("score.compare.vetoed") : "")).toList()));
        for (int c = 0; c < system.categories().size(); c++) {
            int index = c;
            CategoryScore first = results.isEmpty() ? null : results.get(0).categories().get(index);
            String label = first == null ? "" : (first.code() == null ? "" : first.code() + " ") + first.title();
            built.add(row("【" + label + "】", results.stream().map(r -> texts.points(r.categories().get(index).score())).toList()));
        }
        int count = results.isEmpty() ? 0 : results.get(0).indicators().size();
        for (int i = 0; i < count; i++) {
            int index = i;
            IndicatorScore first = results.get(0).indicators().get(index);
            String label = (first.code() == null ? first.id() : first.code()) + " " + first.title();
            built.add(row(label, results.stream().map(r -> cell(r.indicators().get(index))).toList()));
        }
        columns.setAll(compared.keySet().stream().map(Scenario::name).toList());
        rows.setAll(built);
    }

    private String cell(IndicatorScore score) {
        return score.score() != null ? texts.points(score.score()) : texts.get("score.compare.missing");
    }

    private static ComparisonRow row(String label, List<String> cells) {
        boolean differs = cells.stream().distinct().count() > 1;
        return new ComparisonRow(label, cells, differs);
    }

    public ObservableList<String> columns() {
        return columns;
    }

    public ObservableList<ComparisonRow> rows() {
        return rows;
    }
}
