package com.creditdesk.logic.exchange;

import com.creditdesk.model.exchange.ExchangeConflict;
import org.jooq.DSLContext;
import org.jooq.Record;

import java.util.List;
import java.util.Optional;

import static com.creditdesk.logic.db.generated.Tables.EXCHANGE_CONFLICT;
import static com.creditdesk.logic.db.generated.Tables.EXCHANGE_PACKAGE;

/** The exchange_conflict rows: one open row per (row, field) at most, updated by a newer package. */
final class ConflictStore {

    private final DSLContext dsl;

    ConflictStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Records (or refreshes) the open conflict of one field; returns its id. */
    long record(long packageId, long campaignId, ExchangeEntity entity, String uuid, String label, String field,
                String cityValue, String countyValue) {
        Long open = dsl.select(EXCHANGE_CONFLICT.ID).from(EXCHANGE_CONFLICT)
                .where(EXCHANGE_CONFLICT.ENTITY.eq(entity.entityName()).and(EXCHANGE_CONFLICT.UUID.eq(uuid))
                        .and(EXCHANGE_CONFLICT.FIELD.eq(field)).and(EXCHANGE_CONFLICT.RESOLUTION.isNull()))
                .fetchOne(EXCHANGE_CONFLICT.ID);
        if (open != null) {
            dsl.update(EXCHANGE_CONFLICT)
                    .set(EXCHANGE_CONFLICT.PACKAGE_ID, packageId)
                    .set(EXCHANGE_CONFLICT.LABEL, label)
                    .set(EXCHANGE_CONFLICT.CITY_VALUE, cityValue)
                    .set(EXCHANGE_CONFLICT.COUNTY_VALUE, countyValue)
                    .where(EXCHANGE_CONFLICT.ID.eq(open)).execute();
            return open;
        }
        return dsl.insertInto(EXCHANGE_CONFLICT)
                .set(EXCHANGE_CONFLICT.PACKAGE_ID, packageId)
                .set(EXCHANGE_CONFLICT.CAMPAIGN_ID, campaignId)
                .set(EXCHANGE_CONFLICT.ENTITY, entity.entityName())
                .set(EXCHANGE_CONFLICT.UUID, uuid)
                .set(EXCHANGE_CONFLICT.LABEL, label)
                .set(EXCHANGE_CONFLICT.FIELD, field)
                .set(EXCHANGE_CONFLICT.CITY_VALUE, cityValue)
                .set(EXCHANGE_CONFLICT.COUNTY_VALUE, countyValue)
                .returning(EXCHANGE_CONFLICT.ID).fetchOne(EXCHANGE_CONFLICT.ID);
    }

    /** Conflicts waiting for the coordinator, oldest first. */
    List<ExchangeConflict> open() {
        return dsl.select().from(EXCHANGE_CONFLICT).join(EXCHANGE_PACKAGE).on(EXCHANGE_PACKAGE.ID.eq(EXCHANGE_CONFLICT.PACKAGE_ID))
                .where(EXCHANGE_CONFLICT.RESOLUTION.isNull()).orderBy(EXCHANGE_CONFLICT.ID).fetch(ConflictStore::toConflict);
    }

    Optional<ExchangeConflict> findOpen(long id) {
        return dsl.select().from(EXCHANGE_CONFLICT).join(EXCHANGE_PACKAGE).on(EXCHANGE_PACKAGE.ID.eq(EXCHANGE_CONFLICT.PACKAGE_ID))
                .where(EXCHANGE_CONFLICT.ID.eq(id).and(EXCHANGE_CONFLICT.RESOLUTION.isNull()))
                .fetchOptional(ConflictStore::toConflict);
    }

    List<ExchangeConflict> byIds(List<Long> ids) {
        return dsl.select().from(EXCHANGE_CONFLICT).join(EXCHANGE_PACKAGE).on(EXCHANGE_PACKAGE.ID.eq(EXCHANGE_CONFLICT.PACKAGE_ID))
                .where(EXCHANGE_CONFLICT.ID.in(ids)).orderBy(EXCHANGE_CONFLICT.ID).fetch(ConflictStore::toConflict);
    }

    void markResolved(long id, String resolution, String actor) {
        dsl.update(EXCHANGE_CONFLICT)
                .set(EXCHANGE_CONFLICT.RESOLUTION, resolution)
                .set(EXCHANGE_CONFLICT.RESOLVED_BY, actor)
                .set(EXCHANGE_CONFLICT.RESOLVED_AT, java.time.LocalDateTime.now())
                .where(EXCHANGE_CONFLICT.ID.eq(id)).execute();
    }

    private static ExchangeConflict toConflict(Record r) {
        return new ExchangeConflict(r.get(EXCHANGE_CONFLICT.ID), r.get(EXCHANGE_PACKAGE.COUNTY_CODE),
                r.get(EXCHANGE_PACKAGE.COUNTY_NAME), r.get(EXCHANGE_CONFLICT.CAMPAIGN_ID), r.get(EXCHANGE_CONFLICT.ENTITY),
                r.get(EXCHANGE_CONFLICT.UUID), r.get(EXCHANGE_CONFLICT.LABEL), r.get(EXCHANGE_CONFLICT.FIELD),
                r.get(EXCHANGE_CONFLICT.CITY_VALUE), r.get(EXCHANGE_CONFLICT.COUNTY_VALUE));
    }
}
