package com.creditdesk.ui.ledger;

import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.demo.ExampleCampaign;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.model.ledger.UnitRole;
import com.creditdesk.testutil.TestDatabases;
import com.creditdesk.ui.util.CurrentThreadTaskExecutor;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The ledger screen's logic, without a window: same-thread executor, in-memory database. */
@Tag("db")
class LedgerViewModelTest {

    private Database db;
    private LedgerViewModel vm;

    @BeforeEach
    void setUp() {
        db = TestDatabases.fresh();
        new ExampleCampaign(db.dsl(), "tester").loadIfFirstStart();
        vm = new LedgerViewModel(new LedgerService(db.dsl(), "tester"),
                new CurrentThreadTaskExecutor(e -> fail(e)), Messages.of(Messages.CHINESE));
        vm.load();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private static List<String> titles(TreeItem<LedgerRow> item) {
        List<String> out = new ArrayList<>();
        for (TreeItem<LedgerRow> child : item.getChildren()) {
            out.add(child.getValue().task().title());
            out.addAll(titles(child));
        }
        return out;
    }

    private Task taskTitled(String title) {
        return vm.findTask(vm.rootProperty().get().getChildren().stream()
                .flatMap(s -> s.getChildren().stream())
                .filter(i -> i.getValue().task().title().equals(title))
                .findFirst().orElseThrow().getValue().task().id()).orElseThrow();
    }

    @Test
    void loadsTheExampleAsATreeOfTwoSectionsAndTwentyTasks() {
        TreeItem<LedgerRow> root = vm.rootProperty().get();
        assertEquals(2, root.getChildren().size());
        assertEquals("主要任务", root.getChildren().get(0).getValue().task().title());
        assertEquals(15, root.getChildren().get(0).getChildren().size());
        assertEquals(20, vm.visibleTaskCount());
        assertTrue(vm.unitNames().contains("市行政审批局"));
    }

    @Test
    void filterByUnitKeepsOnlyTasksNamingItAndTheirSections() {
        vm.filterUnitProperty().set("市文明办");
        assertEquals(List.of("主要任务", "开展重点领域失信专项治理"), titles(vm.rootProperty().get()));
    }

    @Test
    void filterByTextSearchesTitlesUnitsAndDeadlines() {
        vm.filterTextProperty().set("6 月底前");
        // （一） and （五） by their 完成时限, （四） by its text "…6 月底前重错码率低于万分之一".
        assertEquals(3, vm.visibleTaskCount());
        vm.filterTextProperty().set("信易贷");
        assertTrue(titles(vm.rootProperty().get()).contains("打造“信易贷”模式"));
        vm.filterTextProperty().set("不存在的内容");
        assertEquals(0, vm.visibleTaskCount());
        assertTrue(vm.rootProperty().get().getChildren().isEmpty());
    }

    @Test
    void editingATaskSavesAndIsFoundByTheStatusFilter() {
        Task task = taskTitled("健全和落实信用制度");
        TaskEditorViewModel editor = vm.editor();
        editor.edit(task);
        assertEquals("市有关单位、各县市区政府", editor.responsibleUnitsProperty().get());
        editor.statusProperty().set(TaskStatus.DONE);
        editor.progressNoteProperty().set("3月20日印发实施");
        editor.leadUnitsProperty().set("市发改委");
        editor.save();

        assertEquals("已保存，并记入操作记录。", editor.messageProperty().get());
        vm.filterStatusProperty().set(TaskStatus.DONE);
        assertEquals(List.of("主要任务", "健全和落实信用制度"), titles(vm.rootProperty().get()));
        Task saved = vm.findTask(task.id()).orElseThrow();
        assertEquals("3月20日印发实施", saved.progressNote());
        assertEquals("市发改委", saved.unitsIn(UnitRole.LEAD).get(0).unitName());
        assertEquals(3, new AuditLog(db.dsl()).list("task", task.id(), 10).size());
    }

    @Test
    void emptyTitleCannotBeSaved() {
        TaskEditorViewModel editor = vm.editor();
        editor.edit(taskTitled("依法开展联合奖惩"));
        assertTrue(editor.canSaveProperty().get());
        editor.titleProperty().set("   ");
        assertFalse(editor.canSaveProperty().get());
        assertEquals("任务名称不能为空。", editor.validationErrorProperty().get());
    }

    @Test
    void staleEditShowsAChineseMessageInsteadOfOverwriting() {
        Task task = taskTitled("依法开展联合奖惩");
        TaskEditorViewModel editor = vm.editor();
        editor.edit(task);
        new LedgerService(db.dsl(), "other").updateTask(new com.creditdesk.model.ledger.TaskEdit(task.id(), task.version(),
                task.title(), TaskStatus.BLOCKED, null, List.of()));
        editor.statusProperty().set(TaskStatus.DONE);
        editor.save();
        assertTrue(editor.messageProperty().get().matches(
                "任务“依法开展联合奖惩”已被 other 于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 修改，是否重新加载？.*"),
                editor.messageProperty().get());
        assertTrue(editor.conflictProperty().get(), "the reload button shows");

        editor.reload();
        assertEquals(TaskStatus.BLOCKED, editor.statusProperty().get(), "reloaded as the other user saved it");
        assertFalse(editor.conflictProperty().get());
        assertEquals("已重新加载这项任务的最新内容。", editor.messageProperty().get());
    }

    @Test
    void addAndDeleteATask() {
        long sectionId = vm.rootProperty().get().getChildren().get(1).getValue().task().id();
        vm.addTask(sectionId, null, "组织开展信用培训");
        assertEquals(21, vm.visibleTaskCount());
        Task added = taskTitled("组织开展信用培训");
        vm.editor().edit(added);
        vm.deleteTask(added.id());
        assertEquals(20, vm.visibleTaskCount());
        assertNull(vm.editor().taskProperty().get());
    }
}
