package com.creditdesk.ui.util;

import com.creditdesk.logic.i18n.Messages;
import javafx.util.StringConverter;

/** Shows an enum constant by its bundle text {@code prefix + NAME}. */
public final class EnumConverter<E extends Enum<E>> extends StringConverter<E> {

    private final Messages messages;
    private final String prefix;
    private final Class<E> type;

    public EnumConverter(Messages messages, String prefix, Class<E> type) {
        this.messages = messages;
        this.prefix = prefix;
        this.type = type;
    }

    @Override
    public String toString(E value) {
        return value == null ? "" : messages.get(prefix + value.name());
    }

    @Override
    public E fromString(String text) {
        for (E constant : type.getEnumConstants()) {
            if (toString(constant).equals(text)) {
                return constant;
            }
        }
        return null;
    }
}
