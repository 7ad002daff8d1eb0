package com.creditdesk.ui.util;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Work that must not run on the FX thread (database, files), with what to do with its result
 * on the FX thread. A {@link TaskExecutor} decides where it runs, so view models stay testable
 * with a same-thread executor.
 */
public final class BackgroundTask<T> {

    private final String title;
    private final Callable<T> work;
    private Consumer<T> onSuccess = value -> { };
    private Consumer<Throwable> onFailure;

    private BackgroundTask(String title, Callable<T> work) {
        this.title = title;
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(String title, Callable<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public String title() {
        return title;
    }

    public Callable<T> work() {
        return work;
    }

    public Consumer<T> successHandler() {
        return onSuccess;
    }

    /** Null when the caller left failures to the executor's default handler. */
    public Consumer<Throwable> failureHandler() {
        return onFailure;
    }
}
