package com.creditdesk.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;

/**
 * For the start-up benchmark only: with {@code -Dcreditdesk.startupProbe=true} the app prints
 * the time from JVM start to the first rendered frame of the ledger window, then quits.
 */
final class StartupProbe {

    static final String PROPERTY = "creditdesk.startupProbe";

    private StartupProbe() {
    }

    static void reportWhenShown(Scene scene) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // The second pulse comes after the ledger's first layout and render.
                if (++frames == 2) {
                    stop();
                    long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("startup-ms=" + millis + " nodes=" + scene.getRoot().lookupAll("*").size());
                    Platform.exit();
                }
            }
        }.start();
    }
}
