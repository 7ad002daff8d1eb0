package com.creditdesk.ui.util;

import javafx.concurrent.Worker;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Work that must not run on the FX thread (database, files), with what to do with its result
 * on the FX thread. A {@link TaskExecutor} decides where it runs, so view models stay testable
 * with a same-thread executor. Long work (copying large files) may report its progress.
 */
public final class BackgroundTask<T> {

    /** Where long work reports how far it got; thread-safe. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total, message) -> { };

        void update(long done, long total, String message);
    }

    /** Work that reports its progress. */
    @FunctionalInterface
    public interface ProgressWork<T> {
        T call(Progress progress) throws Exception;
    }

    private final String title;
    private final ProgressWork<T> work;
    private Consumer<T> onSuccess = value -> { };
    private Consumer<Throwable> onFailure;
    private Consumer<Worker<?>> onStarted = worker -> { };

    private BackgroundTask(String title, ProgressWork<T> work) {
        this.title = title;
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(String title, Callable<T> work) {
        Objects.requireNonNull(work);
        return new BackgroundTask<>(title, progress -> work.call());
    }

    public static <T> BackgroundTask<T> withProgress(String title, ProgressWork<T> work) {
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

    /** Receives the JavaFX worker when an executor runs the task as one (e.g. to show a progress dialog). */
    public BackgroundTask<T> onStarted(Consumer<Worker<?>> handler) {
        this.onStarted = Objects.requireNonNull(handler);
        return this;
    }

    public String title() {
        return title;
    }

    /** The work without progress reporting. */
    public Callable<T> work() {
        return () -> work.call(Progress.NONE);
    }

    public T call(Progress progress) throws Exception {
        return work.call(progress);
    }

    public Consumer<T> successHandler() {
        return onSuccess;
    }

    /** Null when the caller left failures to the executor's default handler. */
    public Consumer<Throwable> failureHandler() {
        return onFailure;
    }

    public Consumer<Worker<?>> startedHandler() {
        return onStarted;
    }
}
