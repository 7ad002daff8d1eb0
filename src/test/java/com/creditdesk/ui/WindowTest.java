package com.creditdesk.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;

/** Base of the headless window tests: a robot and the real app on a temp database per test. */
abstract class WindowTest {

    @TempDir
    Path dataDir;

    protected final FxRobot robot = new FxRobot();
    protected AppFixture app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void createApp() {
        app = new AppFixture(dataDir);
    }

    @AfterEach
    void closeApp() throws Exception {
        app.close();
    }
}
