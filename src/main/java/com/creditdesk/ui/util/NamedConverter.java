package com.creditdesk.ui.util;

import javafx.util.StringConverter;

import java.util.function.Function;

/** Shows items by a name; the combo boxes using it are not editable, so nothing is parsed. */
public final class NamedConverter {

    private NamedConverter() {
    }

    public static <T> StringConverter<T> named(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
