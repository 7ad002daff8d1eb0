package com.creditdesk.logic.exchange;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

import java.util.List;
import java.util.Locale;

import static com.creditdesk.logic.db.generated.Tables.CAMPAIGN;
import static com.creditdesk.logic.db.generated.Tables.CAMPAIGN_SYSTEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static com.creditdesk.logic.db.generated.Tables.INDICATOR;
import static com.creditdesk.logic.db.generated.Tables.INDICATOR_SYSTEM;
import static com.creditdesk.logic.db.generated.Tables.TASK;

/**
 * The kinds of rows a 报送包 carries, in the order they are written (a row's references come
 * before it), with the columns exchanged verbatim and the references given by uuid.
 * Derived values (a task's units, an item's files) are handled by {@link RowCodec}.
 */
enum ExchangeEntity {

    CAMPAIGN_ROW(CAMPAIGN, CAMPAIGN.ID, CAMPAIGN.UUID, List.of(CAMPAIGN.NAME, CAMPAIGN.LEVEL, CAMPAIGN.ISSUER,
            CAMPAIGN.DOC_NUMBER, CAMPAIGN.ISSUE_DATE, CAMPAIGN.PERIOD_START, CAMPAIGN.PERIOD_END,
            CAMPAIGN.INSPECTION_DATE, CAMPAIGN.SOURCE_FILE, CAMPAIGN.SOURCE_SHA256, CAMPAIGN.NOTE), List.of()),
    INDICATOR_SYSTEM_ROW(INDICATOR_SYSTEM, INDICATOR_SYSTEM.ID, INDICATOR_SYSTEM.UUID, List.of(INDICATOR_SYSTEM.NAME,
            INDICATOR_SYSTEM.SOURCE, INDICATOR_SYSTEM.TOTAL_POINTS, INDICATOR_SYSTEM.NOTE), List.of()),
    INDICATOR_ROW(INDICATOR, INDICATOR.ID, INDICATOR.UUID, List.of(INDICATOR.SORT_ORDER, INDICATOR.CODE,
            INDICATOR.TITLE, INDICATOR.KIND, INDICATOR.MAX_POINTS, INDICATOR.RULE_TEXT, INDICATOR.RULE_JSON,
            INDICATOR.RULE_NOTE, INDICATOR.UNITS_TEXT),
            List.of(new Reference("system", INDICATOR.SYSTEM_ID, "INDICATOR_SYSTEM_ROW"),
                    new Reference("parent", INDICATOR.PARENT_ID, "INDICATOR_ROW"))),
    TASK_ROW(TASK, TASK.ID, TASK.UUID, List.of(TASK.NODE_KIND, TASK.SORT_ORDER, TASK.SEQ_LABEL, TASK.TITLE,
            TASK.CONTENT, TASK.DELIVERABLE, TASK.STATUS, TASK.PROGRESS_NOTE, TASK.UNITS_TEXT, TASK.LEAD_UNITS_TEXT,
            TASK.SOURCE_REF, TASK.DEADLINE_TEXT, TASK.DEADLINE_KIND, TASK.DEADLINE_START, TASK.DEADLINE_DUE,
            TASK.DEADLINE_RECURRENCE, TASK.DEADLINE_REVIEW, TASK.DEADLINE_OVERRIDE, TASK.DEADLINE_OVERRIDE_NOTE),
            List.of(new Reference("parent", TASK.PARENT_ID, "TASK_ROW"))),
    EVIDENCE_REQUIREMENT_ROW(EVIDENCE_REQUIREMENT, EVIDENCE_REQUIREMENT.ID, EVIDENCE_REQUIREMENT.UUID,
            List.of(EVIDENCE_REQUIREMENT.TEXT, EVIDENCE_REQUIREMENT.EVIDENCE_TYPE, EVIDENCE_REQUIREMENT.STAMP_REQUIRED,
                    EVIDENCE_REQUIREMENT.PERIOD_TEXT, EVIDENCE_REQUIREMENT.DEADLINE_TEXT,
                    EVIDENCE_REQUIREMENT.DEADLINE_DUE, EVIDENCE_REQUIREMENT.DEADLINE_REVIEW),
            List.of(new Reference("task", EVIDENCE_REQUIREMENT.TASK_ID, "TASK_ROW"),
                    new Reference("indicator", EVIDENCE_REQUIREMENT.INDICATOR_ID, "INDICATOR_ROW"))),
    EVIDENCE_ITEM_ROW(EVIDENCE_ITEM, EVIDENCE_ITEM.ID, EVIDENCE_ITEM.UUID, List.of(EVIDENCE_ITEM.STATUS,
            EVIDENCE_ITEM.DELIVERED_BY, EVIDENCE_ITEM.RECEIVED_AT, EVIDENCE_ITEM.EFFECTIVE_DATE, EVIDENCE_ITEM.NOTE,
            EVIDENCE_ITEM.RETURN_REASON),
            List.of(new Reference("requirement", EVIDENCE_ITEM.REQUIREMENT_ID, "EVIDENCE_REQUIREMENT_ROW")));

    /** The rows of a campaign, in write order (the campaign itself is handled on its own). */
    static final List<ExchangeEntity> CAMPAIGN_CONTENT = List.of(INDICATOR_SYSTEM_ROW, INDICATOR_ROW, TASK_ROW,
            EVIDENCE_REQUIREMENT_ROW, EVIDENCE_ITEM_ROW);

    /** A column holding another exchanged row's id, written in the package as that row's uuid. */
    record Reference(String key, TableField<?, Long> column, String targetName) {
        ExchangeEntity target() {
            return ExchangeEntity.valueOf(targetName);
        }
    }

    final Table<?> table;
    final TableField<?, Long> id;
    final TableField<?, String> uuid;
    final List<TableField<?, ?>> columns;
    final List<Reference> references;

    ExchangeEntity(Table<?> table, TableField<?, Long> id, TableField<?, String> uuid, List<TableField<?, ?>> columns,
                   List<Reference> references) {
        this.table = table;
        this.id = id;
        this.uuid = uuid;
        this.columns = columns;
        this.references = references;
    }

    /** The name in the package and in the audit log: the table's name ("task", "evidence_item"). */
    String entityName() {
        return table.getName().toLowerCase(Locale.ROOT);
    }

    /** The name the package uses for its list of rows ("TASK"). */
    String packageKey() {
        return table.getName().toUpperCase(Locale.ROOT);
    }

    static String key(TableField<?, ?> column) {
        return column.getName().toLowerCase(Locale.ROOT);
    }

    /** Which rows of this kind belong to {@code campaignId}. */
    Condition inCampaign(long campaignId) {
        return switch (this) {
            case CAMPAIGN_ROW -> CAMPAIGN.ID.eq(campaignId);
            case INDICATOR_SYSTEM_ROW -> INDICATOR_SYSTEM.ID.in(systemsOf(campaignId)).and(INDICATOR_SYSTEM.BUILTIN.isFalse());
            case INDICATOR_ROW -> INDICATOR.SYSTEM_ID.in(DSL.select(INDICATOR_SYSTEM.ID).from(INDICATOR_SYSTEM)
                    .where(INDICATOR_SYSTEM.ID.in(systemsOf(campaignId)).and(INDICATOR_SYSTEM.BUILTIN.isFalse())));
            case TASK_ROW -> TASK.CAMPAIGN_ID.eq(campaignId);
            case EVIDENCE_REQUIREMENT_ROW -> EVIDENCE_REQUIREMENT.CAMPAIGN_ID.eq(campaignId);
            case EVIDENCE_ITEM_ROW -> EVIDENCE_ITEM.REQUIREMENT_ID.in(DSL.select(EVIDENCE_REQUIREMENT.ID)
                    .from(EVIDENCE_REQUIREMENT).where(EVIDENCE_REQUIREMENT.CAMPAIGN_ID.eq(campaignId)));
        };
    }

    private static org.jooq.Select<org.jooq.Record1<Long>> systemsOf(long campaignId) {
        return DSL.select(CAMPAIGN_SYSTEM.SYSTEM_ID).from(CAMPAIGN_SYSTEM).where(CAMPAIGN_SYSTEM.CAMPAIGN_ID.eq(campaignId));
    }

    /** Ids of this kind's rows in a campaign, in a stable order (parents of a tree before children). */
    List<Long> idsIn(DSLContext dsl, long campaignId) {
        var query = dsl.select(id).from(table).where(inCampaign(campaignId));
        return switch (this) {
            case TASK_ROW -> query.orderBy(TASK.SORT_ORDER, TASK.ID).fetch(id);
            case INDICATOR_ROW -> query.orderBy(INDICATOR.SYSTEM_ID, INDICATOR.SORT_ORDER, INDICATOR.ID).fetch(id);
            default -> query.orderBy(id).fetch(id);
        };
    }

    /** The entity whose {@link #entityName()} is {@code name}. */
    static ExchangeEntity byName(String name) {
        for (ExchangeEntity entity : values()) {
            if (entity.entityName().equals(name)) {
                return entity;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
