package com.creditdesk.logic.exchange;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.ledger.TaskRepository;
import com.creditdesk.logic.ledger.UnitKinds;
import com.creditdesk.logic.ledger.UnitRepository;
import com.creditdesk.model.ledger.TaskUnit;
import com.creditdesk.model.ledger.UnitRole;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.Field;
import org.jooq.TableField;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import static com.creditdesk.logic.db.generated.Tables.CAMPAIGN_SYSTEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM_FILE;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT_UNIT;
import static com.creditdesk.logic.db.generated.Tables.TASK_OCCURRENCE;
import static com.creditdesk.logic.db.generated.Tables.INDICATOR_SYSTEM;
import static com.creditdesk.logic.db.generated.Tables.STORED_FILE;
import static com.creditdesk.logic.db.generated.Tables.TASK;

/**
 * Writes received values into the city's rows inside the receiving transaction: plain columns,
 * references (uuid → the city's id) and derived values (units by name, files by SHA-256).
 * Units the city does not know yet are added to its registry, each with its audit entry.
 */
final class RowWriter {

    private final DSLContext tx;
    private final RowReader reader;
    private final AuditLog audit;
    private final String actor;
    private final String source;
    private final String fileName;

    RowWriter(DSLContext tx, AuditLog audit, String actor, String source, String fileName) {
        this.tx = tx;
        this.reader = new RowReader(tx);
        this.audit = audit;
        this.actor = actor;
        this.source = source;
        this.fileName = fileName;
    }

    /** Inserts a row of {@code campaignId} with the county's uuid and values; returns the city's id. */
    long insert(ExchangeEntity entity, String uuid, Map<String, String> values, long campaignId) {
        Map<Field<?>, Object> set = new HashMap<>();
        set.put(entity.uuid, uuid);
        switch (entity) {
            case TASK_ROW -> set.put(TASK.CAMPAIGN_ID, campaignId);
            case EVIDENCE_REQUIREMENT_ROW -> set.put(EVIDENCE_REQUIREMENT.CAMPAIGN_ID, campaignId);
            // Codes are unique in the city's database: the county's uuid keeps them apart.
            case INDICATOR_SYSTEM_ROW -> set.put(INDICATOR_SYSTEM.CODE, "exchange-" + uuid);
            default -> { }
        }
        plainValues(entity, values, set);
        long id = tx.insertInto(entity.table).set(set).returning(entity.id).fetchOne(entity.id);
        if (entity == ExchangeEntity.INDICATOR_SYSTEM_ROW) {
            tx.insertInto(CAMPAIGN_SYSTEM).set(CAMPAIGN_SYSTEM.CAMPAIGN_ID, campaignId)
                    .set(CAMPAIGN_SYSTEM.SYSTEM_ID, id).execute();
        }
        derivedValues(entity, id, values);
        return id;
    }

    /** Writes {@code changes} (a subset of the row's values) into the existing row {@code id}. */
    void update(ExchangeEntity entity, long id, Map<String, String> changes) {
        Map<Field<?>, Object> set = new HashMap<>();
        plainValues(entity, changes, set);
        if (entity == ExchangeEntity.TASK_ROW) {
            // An editor holding the old version must notice the change.
            set.put(TASK.VERSION, TASK.VERSION.plus(1));
            set.put(TASK.UPDATED_AT, LocalDateTime.now());
        }
        if (!set.isEmpty()) {
            tx.update(entity.table).set(set).where(entity.id.eq(id)).execute();
        }
        derivedValues(entity, id, changes);
    }

    private void plainValues(ExchangeEntity entity, Map<String, String> values, Map<Field<?>, Object> set) {
        for (TableField<?, ?> column : entity.columns) {
            String key = ExchangeEntity.key(column);
            if (values.containsKey(key)) {
                set.put(column, value(column, values.get(key)));
            }
        }
        for (ExchangeEntity.Reference reference : entity.references) {
            if (values.containsKey(reference.key())) {
                String uuid = values.get(reference.key());
                set.put(reference.column(), uuid == null ? null : requireId(reference.target(), uuid));
            }
        }
    }

    private void derivedValues(ExchangeEntity entity, long id, Map<String, String> values) {
        switch (entity) {
            case TASK_ROW -> {
                if (values.containsKey(RowReader.UNITS)) {
                    new TaskRepository(tx).replaceUnits(id, parseTaskUnits(values.get(RowReader.UNITS)));
                }
                if (values.containsKey(RowReader.DONE_PERIODS)) {
                    replaceDonePeriods(id, values.get(RowReader.DONE_PERIODS));
                }
            }
            case EVIDENCE_REQUIREMENT_ROW -> {
                if (values.containsKey(RowReader.UNITS)) {
                    tx.deleteFrom(EVIDENCE_REQUIREMENT_UNIT).where(EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID.eq(id)).execute();
                    for (String name : split(values.get(RowReader.UNITS), "、")) {
                        tx.insertInto(EVIDENCE_REQUIREMENT_UNIT).set(EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID, id)
                                .set(EVIDENCE_REQUIREMENT_UNIT.UNIT_ID, unitId(name)).execute();
                    }
                }
            }
            case EVIDENCE_ITEM_ROW -> {
                if (values.containsKey(RowReader.UNIT_NAME)) {
                    String name = values.get(RowReader.UNIT_NAME);
                    tx.update(EVIDENCE_ITEM).set(EVIDENCE_ITEM.UNIT_ID, name == null ? null : unitId(name))
                            .where(EVIDENCE_ITEM.ID.eq(id)).execute();
                }
                if (values.containsKey(RowReader.FILES)) {
                    tx.deleteFrom(EVIDENCE_ITEM_FILE).where(EVIDENCE_ITEM_FILE.ITEM_ID.eq(id)).execute();
                    for (String sha256 : split(values.get(RowReader.FILES), ",")) {
                        Long fileId = tx.select(STORED_FILE.ID).from(STORED_FILE).where(STORED_FILE.SHA256.eq(sha256))
                                .fetchOne(STORED_FILE.ID);
                        if (fileId == null) {
                            throw new UserFacingException("exchange.error.badData", fileName, "files/" + sha256);
                        }
                        tx.insertInto(EVIDENCE_ITEM_FILE).set(EVIDENCE_ITEM_FILE.ITEM_ID, id)
                                .set(EVIDENCE_ITEM_FILE.FILE_ID, fileId).execute();
                    }
                }
            }
            default -> { }
        }
    }

    /**
     * Marks exactly the listed periods of a recurring task done (a period already done keeps when it
     * was done) and the others not done.
     */
    private void replaceDonePeriods(long taskId, String text) {
        List<LocalDate> done = new ArrayList<>();
        for (String date : split(text, "、")) {
            try {
                done.add(LocalDate.parse(date));
            } catch (java.time.format.DateTimeParseException e) {
                throw new UserFacingException(e, "exchange.error.badData", fileName, RowReader.DONE_PERIODS + "=" + date);
            }
        }
        tx.update(TASK_OCCURRENCE).set(TASK_OCCURRENCE.DONE, false).setNull(TASK_OCCURRENCE.DONE_AT)
                .where(TASK_OCCURRENCE.TASK_ID.eq(taskId).and(TASK_OCCURRENCE.DONE.isTrue())
                        .and(done.isEmpty() ? DSL.trueCondition() : TASK_OCCURRENCE.DUE_DATE.notIn(done)))
                .execute();
        for (LocalDate due : done) {
            int updated = tx.update(TASK_OCCURRENCE).set(TASK_OCCURRENCE.DONE, true)
                    .set(TASK_OCCURRENCE.DONE_AT, DSL.coalesce(TASK_OCCURRENCE.DONE_AT, DSL.val(LocalDateTime.now())))
                    .where(TASK_OCCURRENCE.TASK_ID.eq(taskId).and(TASK_OCCURRENCE.DUE_DATE.eq(due))).execute();
            if (updated == 0) {
                tx.insertInto(TASK_OCCURRENCE).set(TASK_OCCURRENCE.TASK_ID, taskId).set(TASK_OCCURRENCE.DUE_DATE, due)
                        .set(TASK_OCCURRENCE.LABEL, due.toString()).set(TASK_OCCURRENCE.DONE, true)
                        .set(TASK_OCCURRENCE.DONE_AT, LocalDateTime.now()).execute();
            }
        }
    }

    /** Reads back "LEAD: A、B; RESPONSIBLE: C" (the form {@link RowReader} writes). */
    private List<TaskUnit> parseTaskUnits(String text) {
        List<TaskUnit> units = new ArrayList<>();
        for (String group : split(text, "; ")) {
            int colon = group.indexOf(": ");
            UnitRole role;
            try {
                role = UnitRole.valueOf(group.substring(0, Math.max(colon, 0)));
            } catch (IllegalArgumentException e) {
                throw new UserFacingException(e, "exchange.error.badData", fileName, group);
            }
            for (String name : split(group.substring(colon + 2), "、")) {
                units.add(new TaskUnit(unitId(name), name, role));
            }
        }
        return units;
    }

    private long unitId(String name) {
        UnitRepository units = new UnitRepository(tx);
        return units.findIdByNameOrAlias(name).orElseGet(() -> {
            long created = units.insert(name, UnitKinds.guess(name));
            audit.record(actor, AuditAction.INSERT, "unit", created, "name", null, name, source);
            return created;
        });
    }

    private long requireId(ExchangeEntity entity, String uuid) {
        Long id = reader.idOf(entity, uuid);
        if (id == null) {
            throw new UserFacingException("exchange.error.badData", fileName, entity.entityName() + " " + uuid);
        }
        return id;
    }

    private static List<String> split(String text, String separator) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(new LinkedHashSet<>(List.of(text.split(java.util.regex.Pattern.quote(separator)))));
    }

    private Object value(TableField<?, ?> column, String text) {
        if (text == null) {
            return null;
        }
        Class<?> type = column.getType();
        try {
            if (type == LocalDate.class) {
                return LocalDate.parse(text);
            } else if (type == LocalDateTime.class) {
                return LocalDateTime.parse(text);
            } else if (type == Boolean.class) {
                return Boolean.valueOf(text);
            } else if (type == Integer.class) {
                return Integer.valueOf(text);
            } else if (type == Long.class) {
                return Long.valueOf(text);
            } else if (type == BigDecimal.class) {
                return new BigDecimal(text);
            }
        } catch (RuntimeException e) {
            throw new UserFacingException(e, "exchange.error.badData", fileName, ExchangeEntity.key(column) + "=" + text);
        }
        return text;
    }
}
