package com.creditdesk.ui.evidence;

import java.util.function.Supplier;

/** A value made on first use (from a background task) and kept. */
final class Lazily<T> implements Supplier<T> {

    private final Supplier<T> make;
    private T value;

    private Lazily(Supplier<T> make) {
        this.make = make;
    }

    static <T> Supplier<T> of(Supplier<T> make) {
        return new Lazily<>(make);
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = make.get();
        }
        return value;
    }
}
