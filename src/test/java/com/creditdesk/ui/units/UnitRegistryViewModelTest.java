package com.creditdesk.ui.units;

import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.ledger.UnitRegistryService;
import com.creditdesk.logic.ledger.UnitRepository;
import com.creditdesk.model.ledger.Unit;
import com.creditdesk.model.ledger.UnitKind;
import com.creditdesk.testutil.TestDatabases;
import com.creditdesk.ui.util.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

@Tag("db")
class UnitRegistryViewModelTest {

    private final Database db = TestDatabases.fresh();
    private final UnitRegistryViewModel vm = new UnitRegistryViewModel(new UnitRegistryService(db.dsl(), "tester"),
            new CurrentThreadTaskExecutor(e -> fail(e)), Messages.of(Messages.CHINESE));

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void editsTheRegistryAndShowsChineseErrors() {
        long id = new UnitRepository(db.dsl()).insert("市市场监管局", UnitKind.DEPARTMENT);
        new UnitRepository(db.dsl()).insert("市财政局", UnitKind.DEPARTMENT);
        vm.load();
        assertEquals(2, vm.units().size());
        assertEquals("共 2 个单位。", vm.messageProperty().get());

        Unit unit = vm.find(id);
        vm.addAlias(unit, "市场局");
        assertEquals(List.of("市场局"), vm.find(id).aliases());
        assertEquals("已保存，并记入操作记录。", vm.messageProperty().get());
        vm.changeKind(vm.find(id), UnitKind.OTHER);
        vm.rename(vm.find(id), "市场监管局", false);
        assertEquals("市场监管局", vm.find(id).name());
        assertEquals(UnitKind.OTHER, vm.find(id).kind());
        assertEquals(3, new AuditLog(db.dsl()).count());

        vm.addAlias(vm.find(id), "市财政局");
        assertEquals("名称“市财政局”已经是单位“市财政局”的名称或别名，不能重复使用。", vm.messageProperty().get());

        vm.filterTextProperty().set("市场局");
        assertEquals(List.of("市场监管局"), vm.units().stream().map(Unit::name).toList(), "found by its alias");
        vm.removeAlias(vm.find(id), "市场局");
        assertEquals(List.of(), vm.find(id).aliases());
    }

    @Test
    void mergesADuplicateIntoTheKeptUnit() {
        long duplicate = new UnitRepository(db.dsl()).insert("县发改局", UnitKind.DEPARTMENT);
        long kept = new UnitRepository(db.dsl()).insert("县发展和改革局", UnitKind.DEPARTMENT);
        vm.load();
        assertEquals(List.of("县发展和改革局"), vm.mergeTargets(vm.find(duplicate)).stream().map(Unit::name).toList());

        vm.merge(vm.find(duplicate), null);
        assertEquals("请先选择要合并的单位和要保留的单位。", vm.messageProperty().get());
        vm.merge(vm.find(duplicate), vm.find(kept));
        assertEquals("已把“县发改局”合并到“县发展和改革局”，并记入操作记录。", vm.messageProperty().get());
        assertEquals(List.of("县发展和改革局"), vm.units().stream().map(Unit::name).toList());
        assertEquals(List.of("县发改局"), vm.find(kept).aliases());
        assertEquals(2, new AuditLog(db.dsl()).count());
    }
}
