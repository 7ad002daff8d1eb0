package com.creditdesk.ui.score;

import com.creditdesk.logic.i18n.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;

import java.util.function.Function;

/** Small builders the 评分模拟 panes share: buttons, text columns, display-only converters. */
final class ScorePanes {

    private ScorePanes() {
    }

    static Button button(Messages messages, String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
