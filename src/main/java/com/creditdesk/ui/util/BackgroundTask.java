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

    /** Receives how far the work is, from the worker thread: shown in the status bar. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total, String message);
    }

    /** Work that reports its progress. */
    @FunctionalInterface
    public interface ProgressCallable<T> {
        T call(Progress progress) throws Exception;
    }

    private final String title;
    private final ProgressCallable<T> work;
    private Consumer<T> onSuccess = value -> { };
    private Consumer<Throwable> onFailure;

    private BackgroundTask(String title, ProgressCallable<T> work) {
        this.title = title;
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(String title, Callable<T> work) {
        Objects.requireNonNull(work);
        return new BackgroundTask<>(title, progress -> work.call());
    }

    /** Work that tells how far it is (e.g. one package of several received). */
    public static <T> BackgroundTask<T> withProgress(String title, ProgressCallable<T> work) {
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

    /** The work, its progress reports dropped. */
    public Callable<T> work() {
        return work((done, total, message) -> { });
    }

    /** The work, reporting its progress to {@code progress}. */
    public Callable<T> work(Progress progress) {
        return () -> work.call(progress);
    }

    public Consumer<T> successHandler() {
        return onSuccess;
    }

    /** Null when the caller left failures to the executor's default handler. */
    public Consumer<Throwable> failureHandler() {
        return onFailure;
    }
}
