package com.creditdesk.logic.ledger;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditEntry;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.units.UnitMatch;
import com.creditdesk.logic.units.UnitMatcher;
import com.creditdesk.model.ledger.Unit;
import com.creditdesk.model.ledger.UnitKind;
import com.creditdesk.testutil.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@Tag("db")
class UnitRegistryServiceTest {

    private final Database db = TestDatabases.fresh();
    private final UnitRegistryService registry = new UnitRegistryService(db.dsl(), "tester");
    private final UnitRepository units = new UnitRepository(db.dsl());
    private final AuditLog audit = new AuditLog(db.dsl());

    @AfterEach
    void close() {
        db.close();
    }

    private Unit unit(long id) {
        return registry.units().stream().filter(u -> u.id() == id).findFirst().orElseThrow();
    }

    @Test
    void renameKeepsTheOldNameAsAliasAndIsAudited() {
        long id = units.insert("民政局", UnitKind.DEPARTMENT);
        registry.rename(id, " 市民政局 ", true);
        assertEquals("市民政局", unit(id).name());
        assertEquals(List.of("民政局"), unit(id).aliases());
        List<AuditEntry> log = audit.list("unit", id, 10);
        assertEquals(List.of("alias", "name"), log.stream().map(AuditEntry::field).toList());
        assertEquals("民政局", log.get(1).oldValue());
        assertEquals("市民政局", log.get(1).newValue());

        // Back to an alias of its own: the alias becomes the name again.
        registry.rename(id, "民政局", false);
        assertEquals("民政局", unit(id).name());
        assertEquals(List.of(), unit(id).aliases());
    }

    @Test
    void kindChangesAreAudited() {
        long id = units.insert("市有关单位", UnitKind.DEPARTMENT);
        registry.changeKind(id, UnitKind.GROUP);
        assertEquals(UnitKind.GROUP, unit(id).kind());
        AuditEntry entry = audit.list("unit", id, 1).get(0);
        assertEquals(AuditAction.UPDATE, entry.action());
        assertEquals("DEPARTMENT", entry.oldValue());
        assertEquals("GROUP", entry.newValue());
        registry.changeKind(id, UnitKind.GROUP);
        assertEquals(1, audit.count(), "no change, no entry");
    }

    @Test
    void aliasesAreAddedRemovedAndUsedByTheImporter() {
        long id = units.insert("市市场监管局", UnitKind.DEPARTMENT);
        registry.addAlias(id, "质监局");
        UnitMatch match = new UnitMatcher(registry.units(), Map.of()).match("质监局");
        assertEquals(UnitMatch.Method.ALIAS, match.method());
        assertEquals(id, match.unit().id());

        registry.removeAlias(id, "质监局");
        assertEquals(List.of(), unit(id).aliases());
        assertEquals(List.of(AuditAction.DELETE, AuditAction.INSERT),
                audit.list("unit", id, 10).stream().map(AuditEntry::action).toList());
    }

    @Test
    void namesMustBeFreeNonEmptyAndShortAndFailuresChangeNothing() {
        long a = units.insert("市财政局", UnitKind.DEPARTMENT);
        long b = units.insert("市税务局", UnitKind.DEPARTMENT);
        registry.addAlias(b, "税务局");
        assertEquals("error.unit.nameTaken", assertThrows(UserFacingException.class, () -> registry.rename(a, "市税务局", true)).key());
        assertEquals("error.unit.nameTaken", assertThrows(UserFacingException.class, () -> registry.addAlias(a, "税务局")).key());
        assertEquals("error.unit.nameRequired", assertThrows(UserFacingException.class, () -> registry.addAlias(a, "  ")).key());
        assertEquals("error.unit.nameTooLong", assertThrows(UserFacingException.class, () -> registry.rename(a, "局".repeat(201), false)).key());
        assertEquals("error.unit.aliasNotFound", assertThrows(UserFacingException.class, () -> registry.removeAlias(a, "财政")).key());
        assertEquals("error.unit.notFound", assertThrows(UserFacingException.class, () -> registry.changeKind(999, UnitKind.OTHER)).key());
        assertEquals("市财政局", unit(a).name());
        assertEquals(1, audit.count(), "only the successful alias");
    }
}
