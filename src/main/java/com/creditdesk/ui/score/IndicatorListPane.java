package com.creditdesk.ui.score;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.indicator.Category;
import com.creditdesk.model.indicator.CategoryScore;
import com.creditdesk.model.indicator.Indicator;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.ScoreResult;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicators grouped by category: each with its rule text verbatim, the note where the
 * reading was ambiguous, its live score, its problems, and the editors of the inputs it reads.
 * A virtual list: only the cards on screen are laid out, so an input change costs a few cards'
 * layout, not 150. Each card is built once and kept, so its editors keep their state.
 */
final class IndicatorListPane extends ListView<Object> {

    private final ScoreViewModel vm;
    private final Messages messages;
    private final Map<Object, Region> cards = new IdentityHashMap<>();
    private final Map<Category, Label> categoryScores = new IdentityHashMap<>();

    IndicatorListPane(ScoreViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        setId("indicatorList");
        getStyleClass().add("indicator-list");
        setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : cards.computeIfAbsent(item, IndicatorListPane.this::build));
            }
        });
        vm.rows().addListener((javafx.collections.ListChangeListener<IndicatorRow>) change -> rebuild());
        vm.resultProperty().addListener((obs, old, now) -> showCategoryScores(now));
        rebuild();
    }

    private void rebuild() {
        cards.clear();
        categoryScores.clear();
        List<Object> items = new ArrayList<>();
        Category current = null;
        for (IndicatorRow row : vm.rows()) {
            if (row.category() != current) {
                current = row.category();
                items.add(current);
            }
            items.add(row);
        }
        getItems().setAll(items);
        showCategoryScores(vm.resultProperty().get());
    }

    private Region build(Object item) {
        Region node = item instanceof IndicatorRow row ? card(row) : header((Category) item);
        node.setMinWidth(0);
        node.prefWidthProperty().bind(widthProperty().subtract(40));
        return node;
    }

    private HBox header(Category category) {
        Label heading = new Label(((category.code() == null ? "" : category.code() + " ") + category.title()).strip());
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        Label score = categoryScores.computeIfAbsent(category, c -> new Label());
        score.getStyleClass().add("category-score");
        score.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, heading, spacer, score);
        header.getStyleClass().add("category-header");
        return header;
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

        VBox card = new VBox(4, top);
        // an imported row without 评估内容 is titled by its rule text: shown once
        if (indicator.ruleText() != null && !indicator.ruleText().equals(indicator.title())) {
            Label rule = new Label(indicator.ruleText());
            rule.setWrapText(true);
            rule.getStyleClass().add("source-text");
            card.getChildren().add(rule);
        }
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
        IndicatorSystem system = vm.systemProperty().get();
        if (result == null || system == null) {
            return;
        }
        for (Category category : system.categories()) {
            int index = indexOf(category);
            if (index < 0 || index >= result.categories().size()) {
                continue;
            }
            CategoryScore score = result.categories().get(index);
            categoryScores.computeIfAbsent(category, c -> new Label()).setText(messages.get(
                    score.complete() ? "score.category" : "score.categoryIncomplete",
                    vm.points(score.score()), vm.points(score.max())));
        }
    }
}
