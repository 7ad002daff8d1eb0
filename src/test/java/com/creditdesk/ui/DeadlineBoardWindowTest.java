package com.creditdesk.ui;

import com.creditdesk.model.deadline.DueGroup;
import com.creditdesk.model.deadline.DueItem;
import com.creditdesk.model.ledger.Task;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 期限 board in the real window on the example campaign, "today" being 2021-05-25. */
class DeadlineBoardWindowTest extends WindowTest {

    @Test
    @SuppressWarnings("unchecked")
    void boardGroupsFiltersAndClicksThroughToTheTask() throws Exception {
        app.start();

        robot.clickOn("#nav-deadlines");
        TableView<DueItem> table = robot.lookup("#dueTable").queryAs(TableView.class);
        assertEquals(DueGroup.OVERDUE, table.getItems().get(0).group());
        assertEquals("健全和落实信用制度", table.getItems().get(0).title());
        assertTrue(robot.lookup("■ 已逾期").tryQuery().isPresent(), "the state is shown with a symbol and words");
        assertTrue(robot.lookup("已逾期 1 项 · 7天内到期 0 项 · 30天内到期 0 项 · 持续推进 11 项 · 待核对 0 项 · 已完成 0 项")
                .tryQuery().isPresent());

        ComboBox<DueGroup> group = robot.lookup("#dueFilterGroup").queryAs(ComboBox.class);
        robot.interact(() -> group.getSelectionModel().select(DueGroup.ONGOING));
        assertEquals(11, table.getItems().size());
        robot.interact(() -> group.getSelectionModel().clearSelection());

        robot.clickOn("健全和落实信用制度");
        assertTrue(robot.lookup("完成时限（原文）：3 月底前").tryQuery().isPresent());
        robot.clickOn("月历");
        assertTrue(robot.lookup("#dueCalendar").tryQuery().isPresent());
        robot.clickOn("清单");
        robot.clickOn("#openTask");
        WaitForAsyncUtils.waitForFxEvents();
        Task edited = app.mainWindow().ledgerViewModel().editor().taskProperty().get();
        assertEquals("健全和落实信用制度", edited.title());
        assertTrue(robot.lookup("#ledgerView").tryQuery().isPresent(), "the ledger is shown");
    }
}
