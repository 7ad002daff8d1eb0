package com.creditdesk.ui.score;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.indicator.InputSpec;
import com.creditdesk.model.indicator.InputUnit;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import java.math.BigDecimal;
import java.util.List;

/**
 * The editor of one input, chosen by its unit: a spinner for numbers, a three-state check box for
 * 是/否 (undecided = not entered), a combo box for options, a month count for 按月 inputs. Every
 * control edits the shared {@link InputField}, so an input read by two indicators stays in step.
 */
final class InputControls {

    private InputControls() {
    }

    static Node create(InputField field, Messages messages) {
        InputSpec spec = field.spec();
        Label label = new Label(spec.label());
        label.getStyleClass().add("input-label");
        Node editor = switch (spec.unit()) {
            case YESNO -> yesNo(field, messages);
            case CHOICE -> choice(field, messages);
            default -> number(field, messages);
        };
        editor.setId("input-" + spec.key());
        HBox box = new HBox(6, label, editor);
        String unit = messages.get("score.unit." + spec.unit().name(), field.months());
        if (!unit.isEmpty()) {
            box.getChildren().add(new Label(unit));
        }
        box.getStyleClass().add("input-box");
        Tooltip.install(box, new Tooltip(spec.key()));
        Label source = new Label();
        source.setId("source-" + spec.key());
        source.setWrapText(true);
        source.getStyleClass().add("hint-text");
        source.textProperty().bind(field.sourceProperty());
        source.managedProperty().bind(field.sourceProperty().isNotEmpty());
        source.visibleProperty().bind(source.managedProperty());
        // on its own line: a ledger source names the indicator and can be long
        return new javafx.scene.layout.VBox(2, box, source);
    }

    private static Node yesNo(InputField field, Messages messages) {
        CheckBox box = new CheckBox();
        box.setAllowIndeterminate(true);
        Runnable show = () -> {
            Object value = field.valueProperty().get();
            box.setIndeterminate(value == null);
            box.setSelected(Boolean.TRUE.equals(value));
            box.setText(messages.get(value == null ? "score.value.none"
                    : Boolean.TRUE.equals(value) ? "score.value.yes" : "score.value.no"));
        };
        show.run();
        box.selectedProperty().addListener((obs, old, now) -> fromBox(field, box));
        box.indeterminateProperty().addListener((obs, old, now) -> fromBox(field, box));
        field.valueProperty().addListener((obs, old, now) -> show.run());
        return box;
    }

    private static void fromBox(InputField field, CheckBox box) {
        Object value = box.isIndeterminate() ? null : box.isSelected();
        if (!java.util.Objects.equals(value, field.valueProperty().get())) {
            field.valueProperty().set(value);
        }
    }

    private static Node choice(InputField field, Messages messages) {
        ComboBox<String> combo = new ComboBox<>();
        combo.getItems().add(messages.get("score.value.none"));
        combo.getItems().addAll(field.options());
        String none = combo.getItems().get(0);
        Object initial = field.valueProperty().get();
        combo.setValue(initial == null ? none : String.valueOf(initial));
        combo.valueProperty().addListener((obs, old, now) -> {
            Object value = now == null || now.equals(none) ? null : now;
            if (!java.util.Objects.equals(value, field.valueProperty().get())) {
                field.valueProperty().set(value);
            }
        });
        field.valueProperty().addListener((obs, old, now) -> combo.setValue(now == null ? none : String.valueOf(now)));
        return combo;
    }

    private static Node number(InputField field, Messages messages) {
        InputSpec spec = field.spec();
        BigDecimal max = spec.unit() == InputUnit.MONTHLY ? BigDecimal.valueOf(field.months()) : spec.effectiveMax();
        DecimalSpinnerFactory factory = new DecimalSpinnerFactory(spec.effectiveMin(), max, step(spec.unit()));
        Spinner<BigDecimal> spinner = new Spinner<>(factory);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        spinner.getEditor().setPromptText(messages.get("score.value.none"));
        Runnable show = () -> {
            Object value = field.valueProperty().get();
            BigDecimal number = value instanceof BigDecimal decimal ? decimal
                    : value instanceof Number other ? new BigDecimal(other.toString()) : null;
            if (!java.util.Objects.equals(number, factory.getValue())) {
                factory.setValue(number);
            }
            String text = factory.getConverter().toString(number);
            if (!text.equals(spinner.getEditor().getText()) && !(number == null && value == null
                    && DecimalSpinnerFactory.parse(spinner.getEditor().getText(), null) == null)) {
                spinner.getEditor().setText(text);
            }
            if (value instanceof List<?> months) {
                // a list of monthly values from an inputs file: shown, replaced when edited here
                spinner.getEditor().setPromptText(messages.get("score.monthlyList", months.size()));
            }
        };
        show.run();
        factory.valueProperty().addListener((obs, old, now) -> {
            Object current = field.valueProperty().get();
            boolean same = now == null ? current == null
                    : current instanceof BigDecimal decimal && decimal.compareTo(now) == 0;
            if (!same) {
                field.valueProperty().set(now);
            }
        });
        // live: commit as soon as the text reads as a number (or is cleared), not only on Enter
        spinner.getEditor().textProperty().addListener((obs, old, text) -> {
            BigDecimal typed = DecimalSpinnerFactory.parse(text, null);
            boolean blank = text == null || text.isBlank();
            if (blank || (typed != null && factory.getConverter().toString(typed).equals(text.strip()))) {
                if (!java.util.Objects.equals(typed, factory.getValue())) {
                    factory.setValue(typed);
                }
            }
        });
        field.valueProperty().addListener((obs, old, now) -> show.run());
        return spinner;
    }

    private static BigDecimal step(InputUnit unit) {
        return switch (unit) {
            case RATIO -> new BigDecimal("0.01");
            case SCORE -> new BigDecimal("0.5");
            default -> BigDecimal.ONE;
        };
    }
}
