package com.creditdesk.ui.score;

import com.creditdesk.model.indicator.Category;
import com.creditdesk.model.indicator.Indicator;
import com.creditdesk.model.indicator.IndicatorScore;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;

/** One indicator on the 评分模拟 screen: the rule as written, its inputs, its live score. */
public final class IndicatorRow {

    private final Category category;
    private final Indicator indicator;
    private final List<String> inputKeys;
    private final ReadOnlyObjectWrapper<IndicatorScore> score = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper scoreText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problemText = new ReadOnlyStringWrapper("");

    IndicatorRow(Category category, Indicator indicator, List<String> inputKeys) {
        this.category = category;
        this.indicator = indicator;
        this.inputKeys = List.copyOf(inputKeys);
    }

    void update(IndicatorScore newScore, String newScoreText, String newProblemText) {
        score.set(newScore);
        scoreText.set(newScoreText);
        problemText.set(newProblemText);
    }

    public Category category() {
        return category;
    }

    public Indicator indicator() {
        return indicator;
    }

    public List<String> inputKeys() {
        return inputKeys;
    }

    public ReadOnlyObjectProperty<IndicatorScore> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty scoreTextProperty() {
        return scoreText.getReadOnlyProperty();
    }

    /** Rejected inputs and missing inputs of this indicator, as Chinese sentences (empty if none). */
    public ReadOnlyStringProperty problemTextProperty() {
        return problemText.getReadOnlyProperty();
    }
}
