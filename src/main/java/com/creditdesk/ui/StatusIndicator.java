package com.creditdesk.ui;

import javafx.application.Platform;
import javafx.concurrent.Task;
import org.controlsfx.control.StatusBar;

/** The status bar at the bottom of the window: shows background work while it runs. */
final class StatusIndicator {

    private final StatusBar bar = new StatusBar();
    private final String idleText;

    StatusIndicator(String idleText) {
        this.idleText = idleText;
        bar.setId("statusBar");
        bar.setText(idleText);
    }

    /** Called for every task the executor starts (from the FX thread or not). */
    void track(Task<?> task) {
        Runnable bind = () -> {
            if (task.isDone()) {
                return;
            }
            bar.textProperty().bind(task.messageProperty());
            bar.progressProperty().bind(task.progressProperty());
            task.runningProperty().addListener((obs, was, running) -> {
                if (!running && task.isDone()) {
                    bar.textProperty().unbind();
                    bar.progressProperty().unbind();
                    bar.setText(idleText);
                    bar.setProgress(0);
                }
            });
        };
        if (Platform.isFxApplicationThread()) {
            bind.run();
        } else {
            Platform.runLater(bind);
        }
    }

    StatusBar bar() {
        return bar;
    }
}
