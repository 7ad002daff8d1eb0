package com.creditdesk.ui.score;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.indicator.Category;
import com.creditdesk.model.indicator.CategoryScore;
import com.creditdesk.model.indicator.Indicator;
import com.creditdesk.model.indicator.ScoreResult;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The indicators grouped by category: each with its rule text verbatim, the note where the
 * reading was ambiguous, its live score, its problems, and the editors of the inputs it reads.
 */
final class IndicatorListPane extends ScrollPane {

    private final ScoreViewModel vm;
    private final Messages messages;
    private final VBox content = new VBox(10);
    private final List<Label> categoryScores = new ArrayList<>();
    private final List<Integer> categoryIndexes = new ArrayList<>();

    IndicatorListPane(ScoreViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        setId("indicatorList");
        setFitToWidth(true);
        content.setPadding(new Insets(8));
        setContent(content);
        vm.rows().addListener((javafx.collections.ListChangeListener<IndicatorRow>) change -> rebuild());
        vm.resultProperty().addListener((obs, old, now) -> showCategoryScores(now));
        rebuild();
    }

    private void rebuild() {
        content.getChildren().clear();
        categoryScores.clear();
        categoryIndexes.clear();
        Category current = null;
        for (IndicatorRow row : vm.rows()) {
            if (row.category() != current) {
                current = row.category();
                Label heading = new Label(((current.code() == null ? "" : current.code() + " ") + current.title()).strip());
                heading.getStyleClass().add("section-title");
                heading.setWrapText(true);
                Label score = new Label();
                score.getStyleClass().add("category-score");
                categoryScores.add(score);
                categoryIndexes.add(indexOf(current));
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                HBox header = new HBox(8, heading, spacer, score);
                header.getStyleClass().add("category-header");
                content.getChildren().add(header);
            }
            content.getChildren().add(card(row));
        }
        showCategoryScores(vm.resultProperty().get());
    }

    /** By identity: two categories of a system may be equal as records. */
    private int indexOf(Category category) {
        List<Category> all = vm.systemProperty().get().categories();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == category) {
                return i;
            }
        }
        return -1;
    }

    private VBox card(IndicatorRow row) {
        Indicator indicator = row.indicator();
        Label title = new Label(((indicator.code() == null ? "" : indicator.code() + " ") + indicator.title()).strip());
        title.setWrapText(true);
        title.getStyleClass().add("indicator-title");
        Label score = new Label();
        score.setId("score-" + indicator.id().replaceAll("[^A-Za-z0-9_-]", "_"));
        score.getStyleClass().add("indicator-score");
        score.textProperty().bind(row.scoreTextProperty());
        score.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, title, spacer, score);

        Label rule = new Label(indicator.ruleText() == null ? "" : indicator.ruleText());
        rule.setWrapText(true);
        rule.getStyleClass().add("source-text");
        VBox card = new VBox(4, top, rule);
        if (indicator.note() != null && !indicator.note().isBlank()) {
            Label note = new Label(messages.get("score.note", indicator.note()));
            note.setWrapText(true);
            note.getStyleClass().add("hint-text");
            card.getChildren().add(note);
        }
        FlowPane inputs = new FlowPane(12, 6);
        for (String key : row.inputKeys()) {
            InputField field = vm.field(key);
            if (field != null) {
                inputs.getChildren().add(InputControls.create(field, messages));
            }
        }
        card.getChildren().add(inputs);
        Label problems = new Label();
        problems.setWrapText(true);
        problems.getStyleClass().add("error-text");
        problems.textProperty().bind(row.problemTextProperty());
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        problems.visibleProperty().bind(problems.managedProperty());
        card.getChildren().add(problems);
        card.getStyleClass().add(indicator.isVeto() ? "indicator-card-veto" : "indicator-card");
        card.setPadding(new Insets(6));
        return card;
    }

    private void showCategoryScores(ScoreResult result) {
        if (result == null) {
            return;
        }
        List<CategoryScore> scores = result.categories();
        for (int i = 0; i < categoryScores.size(); i++) {
            int index = categoryIndexes.get(i);
            if (index < 0 || index >= scores.size()) {
                continue;
            }
            CategoryScore score = scores.get(index);
            categoryScores.get(i).setText(messages.get(score.complete() ? "score.category" : "score.categoryIncomplete",
                    vm.points(score.score()), vm.points(score.max())));
        }
    }
}
