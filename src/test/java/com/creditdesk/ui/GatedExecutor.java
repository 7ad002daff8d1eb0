package com.creditdesk.ui;

import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.DefaultTaskExecutor;
import com.creditdesk.ui.util.TaskExecutor;
import javafx.application.Platform;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The app's real background executor, with a gate: work whose title starts with {@code gatedTitle}
 * waits until {@link #open()}, so a test can use the window while that work is still running.
 * Records which threads ran gated work.
 */
final class GatedExecutor implements TaskExecutor {

    private final DefaultTaskExecutor real = new DefaultTaskExecutor(error -> fail(error), task -> { });
    private final CountDownLatch gate = new CountDownLatch(1);
    private final String gatedTitle;
    final List<Boolean> gatedRanOnFxThread = new CopyOnWriteArrayList<>();

    GatedExecutor(String gatedTitle) {
        this.gatedTitle = gatedTitle;
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        if (task.title() == null || !task.title().startsWith(gatedTitle)) {
            real.execute(task);
            return;
        }
        BackgroundTask<T> gated = BackgroundTask.<T>withProgress(task.title(), progress -> {
                    gatedRanOnFxThread.add(Platform.isFxApplicationThread());
                    if (!gate.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the test never opened the gate");
                    }
                    return task.call(progress);
                })
                .onSuccess(task.successHandler())
                .onStarted(task.startedHandler());
        if (task.failureHandler() != null) {
            gated.onFailure(task.failureHandler());
        }
        real.execute(gated);
    }

    void open() {
        gate.countDown();
    }

    @Override
    public void close() {
        gate.countDown();
        real.close();
    }
}
