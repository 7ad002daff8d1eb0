package com.creditdesk.ui.util;

import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;

/**
 * The application's one executor: every piece of background work becomes a JavaFX {@link Task}
 * (so its progress can be shown) and its handlers run on the FX thread.
 */
public final class DefaultTaskExecutor implements TaskExecutor {

    private final ExecutorService pool;
    private final Consumer<Throwable> defaultFailureHandler;
    private final Consumer<Task<?>> onStarted;

    /**
     * @param onStarted receives every task as it starts, e.g. to show it in the status bar
     */
    public DefaultTaskExecutor(Consumer<Throwable> defaultFailureHandler, Consumer<Task<?>> onStarted) {
        this.defaultFailureHandler = defaultFailureHandler;
        this.onStarted = onStarted;
        ThreadFactory daemons = runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setDaemon(true);
            thread.setName("credit-desk-worker-" + thread.getId());
            return thread;
        };
        this.pool = Executors.newFixedThreadPool(2, daemons);
    }

    @Override
    public <T> void execute(BackgroundTask<T> backgroundTask) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(backgroundTask.title());
                updateMessage(backgroundTask.title());
                return backgroundTask.call((done, total, message) -> {
                    updateProgress(done, total);
                    if (message != null) {
                        updateMessage(message);
                    }
                });
            }
        };
        task.setOnSucceeded(event -> backgroundTask.successHandler().accept(task.getValue()));
        task.setOnFailed(event -> (backgroundTask.failureHandler() != null
                ? backgroundTask.failureHandler() : defaultFailureHandler).accept(task.getException()));
        onStarted.accept(task);
        backgroundTask.startedHandler().accept(task);
        pool.execute(task);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
