package com.creditdesk.logic.ledger;

import com.creditdesk.model.ledger.Unit;
import com.creditdesk.model.ledger.UnitKind;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.creditdesk.logic.db.generated.Tables.UNIT;
import static com.creditdesk.logic.db.generated.Tables.UNIT_ALIAS;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

/** The unit registry: departments, governments and groups, with their aliases. */
public final class UnitRepository {

    private final DSLContext dsl;

    public UnitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Unit> findAll() {
        Map<Long, List<String>> aliases = dsl.selectFrom(UNIT_ALIAS).orderBy(UNIT_ALIAS.ID).fetch().stream()
                .collect(groupingBy(a -> a.getUnitId(), mapping(a -> a.getAlias(), toList())));
        return dsl.selectFrom(UNIT).orderBy(UNIT.NAME).fetch(r -> new Unit(r.getId(), r.getName(),
                UnitKind.valueOf(r.getKind()), r.getContact(), r.getPhone(), aliases.getOrDefault(r.getId(), List.of())));
    }

    /** Finds a unit by its name or one of its aliases. */
    public Optional<Long> findIdByNameOrAlias(String name) {
        Optional<Long> byName = dsl.select(UNIT.ID).from(UNIT).where(UNIT.NAME.eq(name)).fetchOptional(UNIT.ID);
        if (byName.isPresent()) {
            return byName;
        }
        return dsl.select(UNIT_ALIAS.UNIT_ID).from(UNIT_ALIAS).where(UNIT_ALIAS.ALIAS.eq(name)).fetchOptional(UNIT_ALIAS.UNIT_ID);
    }

    public long insert(String name, UnitKind kind) {
        return dsl.insertInto(UNIT)
                .set(UNIT.NAME, name)
                .set(UNIT.KIND, kind.name())
                .returning(UNIT.ID)
                .fetchOne(UNIT.ID);
    }

    public void updateContact(long id, String contact, String phone) {
        dsl.update(UNIT).set(UNIT.CONTACT, contact).set(UNIT.PHONE, phone).where(UNIT.ID.eq(id)).execute();
    }

    public void addAlias(long unitId, String alias) {
        dsl.insertInto(UNIT_ALIAS).set(UNIT_ALIAS.UNIT_ID, unitId).set(UNIT_ALIAS.ALIAS, alias).execute();
    }

    public int count() {
        return dsl.fetchCount(UNIT);
    }
}
