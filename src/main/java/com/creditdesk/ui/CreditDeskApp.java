package com.creditdesk.ui;

import com.creditdesk.cli.GlobalOptions;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application (filled in by the ledger window work). */
public class CreditDeskApp extends Application {

    public static void launchWindow(GlobalOptions options) {
        Application.launch(CreditDeskApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("信用创建工作台");
        stage.show();
    }
}
