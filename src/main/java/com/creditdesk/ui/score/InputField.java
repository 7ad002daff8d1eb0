package com.creditdesk.ui.score;

import com.creditdesk.model.indicator.InputSpec;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;

/**
 * One scenario input being edited: its spec, the options of a 选项 input, the number of months of
 * a 按月 input, and the value (null = not entered, so listed as missing rather than assumed).
 */
public final class InputField {

    private final InputSpec spec;
    private final List<String> options;
    private final int months;
    private final ObjectProperty<Object> value = new SimpleObjectProperty<>();

    InputField(InputSpec spec, List<String> options, int months) {
        this.spec = spec;
        this.options = List.copyOf(options);
        this.months = months;
    }

    public InputSpec spec() {
        return spec;
    }

    public String key() {
        return spec.key();
    }

    public List<String> options() {
        return options;
    }

    public int months() {
        return months;
    }

    public ObjectProperty<Object> valueProperty() {
        return value;
    }
}
