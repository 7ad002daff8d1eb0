package com.creditdesk.logic.ledger;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.user.AccessScope;
import com.creditdesk.model.ledger.Unit;
import com.creditdesk.model.ledger.UnitKind;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Optional;

import static com.creditdesk.logic.db.generated.Tables.UNIT;
import static com.creditdesk.logic.db.generated.Tables.UNIT_ALIAS;

/**
 * Editing the unit registry: rename a unit, correct its kind, add or remove the other names it
 * goes by in notices (市场局 = 市市场监管局), so later imports match it. Each change is one
 * transaction with its audit entry. A name is either one unit's name or one alias, never both.
 */
public final class UnitRegistryService {

    /** unit.name and unit_alias.alias are VARCHAR(200). */
    public static final int MAX_NAME_LENGTH = 200;

    private final DSLContext dsl;
    private final AccessScope scope;
    private final String actor;

    public UnitRegistryService(DSLContext dsl, String actor) {
        this(dsl, AccessScope.owner(actor));
    }

    /** The registry is shared by all counties; a read-only user cannot change it. */
    public UnitRegistryService(DSLContext dsl, AccessScope scope) {
        this.dsl = dsl;
        this.scope = scope;
        this.actor = scope.actor();
    }

    public List<Unit> units() {
        return new UnitRepository(dsl).findAll();
    }

    /** Adds a unit to the registry; returns its id. */
    public long add(String name, UnitKind kind) {
        String clean = clean(name);
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            requireFree(tx, clean);
            long id = new UnitRepository(tx).insert(clean, kind);
            new AuditLog(tx).record(actor, AuditAction.INSERT, "unit", id, "name", null, clean, null);
            return id;
        });
    }

    /**
     * Merges a duplicate unit into another (县发改局 into 县发展和改革局): its tasks, indicators and
     * evidence move over, its name and aliases become aliases of the kept unit, and it is deleted.
     */
    public void merge(long duplicateId, long keptId) {
        scope.requireWrite();
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            Unit duplicate = find(tx, duplicateId);
            Unit kept = find(tx, keptId);
            if (duplicateId == keptId) {
                throw new UserFacingException("error.unit.mergeSame", kept.name());
            }
            AuditLog audit = new AuditLog(tx);
            new UnitMerge(tx, audit, actor).moveReferences(duplicateId, keptId);
            tx.update(UNIT_ALIAS).set(UNIT_ALIAS.UNIT_ID, keptId).where(UNIT_ALIAS.UNIT_ID.eq(duplicateId)).execute();
            tx.deleteFrom(UNIT).where(UNIT.ID.eq(duplicateId)).execute();
            new UnitRepository(tx).addAlias(keptId, duplicate.name());
            audit.record(actor, AuditAction.DELETE, "unit", duplicateId, "name", duplicate.name(), null, "merged into " + kept.name());
            for (String alias : duplicate.aliases()) {
                audit.record(actor, AuditAction.UPDATE, "unit", keptId, "alias", null, alias, "merged from " + duplicate.name());
            }
            audit.record(actor, AuditAction.INSERT, "unit", keptId, "alias", null, duplicate.name(), "merged from " + duplicate.name());
        });
    }

    /** Renames a unit; with {@code keepOldAsAlias} the old name stays known as an alias. */
    public void rename(long unitId, String newName, boolean keepOldAsAlias) {
        scope.requireWrite();
        String name = clean(newName);
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            Unit unit = find(tx, unitId);
            if (name.equals(unit.name())) {
                return;
            }
            // The unit's own alias may become its name: it stops being an alias.
            tx.deleteFrom(UNIT_ALIAS).where(UNIT_ALIAS.UNIT_ID.eq(unitId).and(UNIT_ALIAS.ALIAS.eq(name))).execute();
            requireFree(tx, name);
            tx.update(UNIT).set(UNIT.NAME, name).where(UNIT.ID.eq(unitId)).execute();
            AuditLog audit = new AuditLog(tx);
            audit.record(actor, AuditAction.UPDATE, "unit", unitId, "name", unit.name(), name, null);
            if (keepOldAsAlias) {
                new UnitRepository(tx).addAlias(unitId, unit.name());
                audit.record(actor, AuditAction.INSERT, "unit", unitId, "alias", null, unit.name(), null);
            }
        });
    }

    public void changeKind(long unitId, UnitKind kind) {
        scope.requireWrite();
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            Unit unit = find(tx, unitId);
            if (unit.kind() == kind) {
                return;
            }
            tx.update(UNIT).set(UNIT.KIND, kind.name()).where(UNIT.ID.eq(unitId)).execute();
            new AuditLog(tx).record(actor, AuditAction.UPDATE, "unit", unitId, "kind", unit.kind().name(), kind.name(), null);
        });
    }

    /** Makes {@code alias} another name of the unit (e.g. 市场局 for 市市场监管局). */
    public void addAlias(long unitId, String alias) {
        scope.requireWrite();
        String name = clean(alias);
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            find(tx, unitId);
            requireFree(tx, name);
            new UnitRepository(tx).addAlias(unitId, name);
            new AuditLog(tx).record(actor, AuditAction.INSERT, "unit", unitId, "alias", null, name, null);
        });
    }

    public void removeAlias(long unitId, String alias) {
        scope.requireWrite();
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            find(tx, unitId);
            int removed = tx.deleteFrom(UNIT_ALIAS).where(UNIT_ALIAS.UNIT_ID.eq(unitId).and(UNIT_ALIAS.ALIAS.eq(alias))).execute();
            if (removed == 0) {
                throw new UserFacingException("error.unit.aliasNotFound", alias);
            }
            new AuditLog(tx).record(actor, AuditAction.DELETE, "unit", unitId, "alias", alias, null, null);
        });
    }

    private static Unit find(DSLContext tx, long unitId) {
        return new UnitRepository(tx).findAll().stream().filter(u -> u.id() == unitId).findFirst()
                .orElseThrow(() -> new UserFacingException("error.unit.notFound", unitId));
    }

    private static void requireFree(DSLContext tx, String name) {
        Optional<Long> owner = new UnitRepository(tx).findIdByNameOrAlias(name);
        if (owner.isPresent()) {
            String ownerName = tx.select(UNIT.NAME).from(UNIT).where(UNIT.ID.eq(owner.get())).fetchOne(UNIT.NAME);
            throw new UserFacingException("error.unit.nameTaken", name, ownerName);
        }
    }

    private static String clean(String name) {
        String text = name == null ? "" : name.strip();
        if (text.isEmpty()) {
            throw new UserFacingException("error.unit.nameRequired");
        }
        if (text.length() > MAX_NAME_LENGTH) {
            throw new UserFacingException("error.unit.nameTooLong", MAX_NAME_LENGTH);
        }
        return text;
    }
}
