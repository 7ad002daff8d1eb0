package com.creditdesk.ui.util;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

import java.util.function.Function;

/** Read-only text columns for tables of records. */
public final class TextColumns {

    private TextColumns() {
    }

    /** A column showing {@code value} of each row; null shows as empty. */
    public static <S> TableColumn<S, String> of(String title, double width, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> {
            String text = value.apply(c.getValue());
            return new ReadOnlyStringWrapper(text == null ? "" : text);
        });
        return column;
    }
}
