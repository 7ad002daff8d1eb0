package com.creditdesk.ui.importer;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.importer.DatabaseImportWriter;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.model.importer.ColumnRole;
import com.creditdesk.model.importer.ExistingCampaign;
import com.creditdesk.model.importer.ImportedNode;
import com.creditdesk.model.importer.ImportResult;
import com.creditdesk.model.importer.TableKind;
import com.creditdesk.testutil.TestDatabases;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.CurrentThreadTaskExecutor;
import com.creditdesk.ui.util.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.creditdesk.logic.db.generated.Tables.AUDIT_LOG;
import static com.creditdesk.logic.db.generated.Tables.CAMPAIGN;
import static com.creditdesk.logic.db.generated.Tables.TASK;
import static com.creditdesk.logic.db.generated.Tables.UNIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

@Tag("db")
class ImportViewModelTest {

    @TempDir
    Path dir;

    private final Database db = TestDatabases.fresh();
    private final Messages messages = Messages.of(Messages.CHINESE);
    private final List<ImportResult> imported = new ArrayList<>();

    @AfterEach
    void close() {
        db.close();
    }

    private ImportViewModel viewModel(TaskExecutor executor) {
        LedgerService ledger = new LedgerService(db.dsl(), "tester");
        return new ImportViewModel(ledger, new DatabaseImportWriter(db.dsl(), "tester"), executor, messages, imported::add);
    }

    private ImportViewModel viewModel() {
        return viewModel(new CurrentThreadTaskExecutor(e -> fail(e)));
    }

    static Path fixture(String name) throws Exception {
        return Path.of(ImportViewModelTest.class.getResource("/fixtures/" + name).toURI());
    }

    private int rows() {
        return db.dsl().fetchCount(CAMPAIGN) + db.dsl().fetchCount(TASK) + db.dsl().fetchCount(UNIT)
                + db.dsl().fetchCount(AUDIT_LOG);
    }

    @Test
    void previewShowsTablesTasksIndicatorsUnitsAndWritesNothing() throws Exception {
        ImportViewModel vm = viewModel();
        vm.load(fixture("xingtai-2021-plan.docx"));
        assertNotNull(vm.previewProperty().get());
        assertEquals(2, vm.tables().size());
        assertEquals(TableKind.INDICATOR_TABLE, vm.tables().get(0).kind());
        assertTrue(vm.tables().get(0).mapping().contains("责任单位 → 责任单位"), vm.tables().get(0).mapping());
        assertEquals(44, vm.indicators().size());
        assertEquals(2, vm.previewProperty().get().tasks().size());
        assertTrue(vm.units().stream().allMatch(ImportViewModel.UnitRow::isNew), "an empty registry: every unit is new");
        assertTrue(vm.statusProperty().get().contains("44 项指标"), vm.statusProperty().get());
        assertEquals("", vm.errorProperty().get());
        assertEquals(0, rows(), "a preview writes nothing");
    }

    @Test
    void changingATablesKindChangesThePreview() throws Exception {
        ImportViewModel vm = viewModel();
        vm.load(fixture("xingtai-2019-tasks.xlsx"));
        assertEquals(TableKind.TASK_LEDGER, vm.tables().get(0).kind());
        assertEquals(0, vm.indicators().size());
        assertEquals(4, vm.previewProperty().get().tasks().size());

        vm.setTableKind(0, TableKind.INDICATOR_TABLE);
        assertEquals(TableKind.INDICATOR_TABLE, vm.tables().get(0).kind());
        assertTrue(vm.indicators().size() > 0);
        assertEquals(0, vm.previewProperty().get().tasks().size());
    }

    @Test
    void changingAColumnsRoleChangesThePreviewAndWhatIsWritten() throws Exception {
        ImportViewModel vm = viewModel();
        vm.load(fixture("xingtai-2019-tasks.xlsx"));
        ImportViewModel.TableRow table = vm.tables().get(0);
        assertEquals("完成时限", table.headers().get(5));
        assertEquals(ColumnRole.DEADLINE, table.roles().get(5), "preselected with the recognised role");
        assertTrue(deadlines(vm.previewProperty().get().tasks()) > 0);
        int warningsBefore = vm.warnings().size();

        vm.setColumnRole(0, 5, ColumnRole.UNKNOWN);
        assertEquals(ColumnRole.UNKNOWN, vm.tables().get(0).roles().get(5));
        assertTrue(vm.tables().get(0).mapping().contains("完成时限 → 不导入"), vm.tables().get(0).mapping());
        assertEquals(0, deadlines(vm.previewProperty().get().tasks()), "no deadline is read any more");
        assertEquals(warningsBefore, vm.warnings().size());
        assertEquals(ColumnRole.UNKNOWN, vm.options().columnRolesFor(0).get(5));

        vm.setColumnRole(0, 4, ColumnRole.LEAD);
        assertEquals(ColumnRole.UNKNOWN, vm.tables().get(0).roles().get(5), "earlier choices are kept");
        assertEquals(ColumnRole.LEAD, vm.tables().get(0).roles().get(4));

        vm.confirm(ExistingCampaign.REFUSE);
        assertNotNull(vm.resultProperty().get());
        assertEquals(0, db.dsl().fetchCount(TASK, TASK.DEADLINE_TEXT.isNotNull()), "what is written is what was previewed");
    }

    private static int deadlines(List<ImportedNode> nodes) {
        int n = 0;
        for (ImportedNode node : nodes) {
            n += (node.deadlineText() != null ? 1 : 0) + deadlines(node.children());
        }
        return n;
    }

    @Test
    void confirmWritesOnceAndReportsTheCampaign() throws Exception {
        ImportViewModel vm = viewModel();
        vm.load(fixture("xingtai-2021-plan.docx"));
        vm.confirm(ExistingCampaign.REFUSE);
        assertNotNull(vm.resultProperty().get());
        assertEquals(1, imported.size());
        assertEquals(1, db.dsl().fetchCount(CAMPAIGN));
        assertTrue(new LedgerService(db.dsl(), "t").tasks(imported.get(0).campaignId()).size() >= 22);

        // The same file again: the dialog learns it was imported and must ask.
        ImportViewModel again = viewModel();
        again.load(fixture("xingtai-2021-plan.docx"));
        assertEquals(imported.get(0).campaignId(), again.earlierCampaign().orElseThrow());
        assertTrue(again.units().stream().noneMatch(ImportViewModel.UnitRow::isNew), "units now match the registry");
        again.confirm(ExistingCampaign.UPDATE);
        assertEquals(1, db.dsl().fetchCount(CAMPAIGN));
        assertTrue(again.resultProperty().get().updated());
    }

    @Test
    void cancellingWritesNothingAndAStoppedReadIsDropped() throws Exception {
        List<BackgroundTask<?>> pending = new ArrayList<>();
        ImportViewModel vm = viewModel(new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundTask<T> task) {
                pending.add(task);
            }
        });
        vm.load(fixture("xingtai-2021-plan.docx"));
        assertTrue(vm.busyProperty().get());
        vm.cancelRead();
        assertTrue(!vm.busyProperty().get());
        runAll(pending);
        assertNull(vm.previewProperty().get(), "the stopped read's result is dropped");
        assertEquals("已停止读取，没有导入任何内容。", vm.statusProperty().get());
        assertEquals(0, rows());
        assertTrue(imported.isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static void runAll(List<BackgroundTask<?>> tasks) throws Exception {
        for (BackgroundTask<?> task : tasks) {
            BackgroundTask<Object> t = (BackgroundTask<Object>) task;
            t.successHandler().accept(t.work().call());
        }
    }

    @Test
    void aBadFileGivesAChineseMessage() throws Exception {
        Path bad = Files.write(dir.resolve("损坏的通知.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});
        ImportViewModel vm = viewModel();
        vm.load(bad);
        assertNull(vm.previewProperty().get());
        assertTrue(vm.errorProperty().get().startsWith("无法读取文件 损坏的通知.docx"), vm.errorProperty().get());
        vm.confirm(ExistingCampaign.REFUSE);
        assertEquals(0, rows());
    }
}
