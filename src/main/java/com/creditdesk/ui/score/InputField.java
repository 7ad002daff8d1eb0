package com.creditdesk.ui.score;

import com.creditdesk.model.indicator.Choice;
import com.creditdesk.model.indicator.ChoiceOption;
import com.creditdesk.model.indicator.Indicator;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.InputSpec;
import com.creditdesk.model.indicator.MonthlyAccrual;
import com.creditdesk.model.indicator.SubRule;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One scenario input being edited: its spec, the options of a 选项 input, the number of months of
 * a 按月 input, and the value (null = not entered, so listed as missing rather than assumed).
 */
public final class InputField {

    private final InputSpec spec;
    private final List<String> options;
    private final int months;
    private final ObjectProperty<Object> value = new SimpleObjectProperty<>();
    private final StringProperty source = new SimpleStringProperty("");

    /** The field for {@code spec}, with the options and month count the system's rules give it. */
    static InputField of(IndicatorSystem system, InputSpec spec) {
        Set<String> labels = new LinkedHashSet<>();
        int months = 12;
        for (Indicator indicator : system.indicators()) {
            for (SubRule sub : indicator.rules()) {
                if (sub.rule() instanceof Choice choice && choice.input().equals(spec.key())) {
                    choice.options().stream().map(ChoiceOption::label).forEach(labels::add);
                } else if (sub.rule() instanceof MonthlyAccrual monthly && monthly.input().equals(spec.key())) {
                    months = monthly.months();
                }
            }
        }
        return new InputField(spec, List.copyOf(labels), months);
    }

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

    /** Where the value came from when the app filled it (来自台账：…); empty when typed by hand. */
    public StringProperty sourceProperty() {
        return source;
    }
}
