package com.creditdesk.logic.exchange;

import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.logic.ledger.TaskRepository;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.TableField;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM_FILE;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT_UNIT;
import static com.creditdesk.logic.db.generated.Tables.STORED_FILE;
import static com.creditdesk.logic.db.generated.Tables.TASK_OCCURRENCE;
import static com.creditdesk.logic.db.generated.Tables.UNIT;

/**
 * Reads an exchanged row as text values by column name: the form a 报送包 carries and the form
 * the city compares (its current values, the last received ones, the new package's).
 */
final class RowReader {

    /** Joins a task's units by role: "LEAD: 县发改局、县财政局; RESPONSIBLE: 县市场监管局". */
    static final String UNITS = "units";
    /** A recurring task's periods marked done: their due dates, ISO, ascending, joined by "、". */
    static final String DONE_PERIODS = "done_periods";
    /** An evidence item's unit, by name. */
    static final String UNIT_NAME = "unit";
    /** An evidence item's files: their SHA-256, sorted, comma-separated. */
    static final String FILES = "files";

    private final DSLContext dsl;

    RowReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    Map<String, String> read(ExchangeEntity entity, long id) {
        Record row = dsl.selectFrom(entity.table).where(entity.id.eq(id)).fetchOne();
        if (row == null) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (TableField<?, ?> column : entity.columns) {
            values.put(ExchangeEntity.key(column), text(row.get(column)));
        }
        for (ExchangeEntity.Reference reference : entity.references) {
            Long target = row.get(reference.column());
            values.put(reference.key(), target == null ? null : uuidOf(reference.target(), target));
        }
        switch (entity) {
            case TASK_ROW -> {
                values.put(UNITS, emptyToNull(LedgerService.describeUnits(new TaskRepository(dsl).find(id).orElseThrow().units())));
                values.put(DONE_PERIODS, emptyToNull(String.join("、", dsl.select(TASK_OCCURRENCE.DUE_DATE)
                        .from(TASK_OCCURRENCE).where(TASK_OCCURRENCE.TASK_ID.eq(id).and(TASK_OCCURRENCE.DONE.isTrue()))
                        .orderBy(TASK_OCCURRENCE.DUE_DATE).fetch(r -> r.value1().toString()))));
            }
            case EVIDENCE_REQUIREMENT_ROW -> values.put(UNITS, emptyToNull(String.join("、", dsl.select(UNIT.NAME)
                    .from(EVIDENCE_REQUIREMENT_UNIT).join(UNIT).on(UNIT.ID.eq(EVIDENCE_REQUIREMENT_UNIT.UNIT_ID))
                    .where(EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID.eq(id)).orderBy(UNIT.NAME).fetch(UNIT.NAME))));
            case EVIDENCE_ITEM_ROW -> {
                Long unitId = row.get(EVIDENCE_ITEM.UNIT_ID);
                values.put(UNIT_NAME, unitId == null ? null
                        : dsl.select(UNIT.NAME).from(UNIT).where(UNIT.ID.eq(unitId)).fetchOne(UNIT.NAME));
                values.put(FILES, emptyToNull(String.join(",", fileHashes(id))));
            }
            default -> { }
        }
        return values;
    }

    List<String> fileHashes(long itemId) {
        return dsl.select(STORED_FILE.SHA256).from(EVIDENCE_ITEM_FILE)
                .join(STORED_FILE).on(STORED_FILE.ID.eq(EVIDENCE_ITEM_FILE.FILE_ID))
                .where(EVIDENCE_ITEM_FILE.ITEM_ID.eq(itemId)).orderBy(STORED_FILE.SHA256).fetch(STORED_FILE.SHA256);
    }

    String uuidOf(ExchangeEntity entity, long id) {
        return dsl.select(entity.uuid).from(entity.table).where(entity.id.eq(id)).fetchOne(entity.uuid);
    }

    Long idOf(ExchangeEntity entity, String uuid) {
        return dsl.select(entity.id).from(entity.table).where(entity.uuid.eq(uuid)).fetchOne(entity.id);
    }

    /** Dates ISO, numbers without exponent (5.00 stays 5.00 on both sides), booleans true/false. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal number ? number.toPlainString() : value.toString();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
