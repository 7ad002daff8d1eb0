package com.creditdesk.ui.util;

/** Runs background work: one pool in the app, the calling thread in tests. */
public interface TaskExecutor extends AutoCloseable {

    <T> void execute(BackgroundTask<T> task);

    @Override
    default void close() {
    }
}
