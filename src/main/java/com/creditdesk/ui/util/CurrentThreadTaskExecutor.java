package com.creditdesk.ui.util;

import java.util.function.Consumer;

/** Runs work and handlers at once on the calling thread: for view-model tests. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    private final Consumer<Throwable> defaultFailureHandler;

    public CurrentThreadTaskExecutor(Consumer<Throwable> defaultFailureHandler) {
        this.defaultFailureHandler = defaultFailureHandler;
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        T result;
        try {
            result = task.work().call();
        } catch (Exception e) {
            (task.failureHandler() != null ? task.failureHandler() : defaultFailureHandler).accept(e);
            return;
        }
        task.successHandler().accept(result);
    }
}
