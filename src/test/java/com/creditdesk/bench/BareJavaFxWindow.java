package com.creditdesk.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;

/** The baseline of the start-up benchmark: the smallest JavaFX window, timed like the app. */
public class BareJavaFxWindow extends Application {

    /** Like the app, launched through a class that does not extend Application. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(BareJavaFxWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("hello"), 400, 300));
        stage.show();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    System.out.println("startup-ms=" + (System.currentTimeMillis()
                            - ManagementFactory.getRuntimeMXBean().getStartTime()));
                    Platform.exit();
                }
            }
        }.start();
    }
}
