package com.creditdesk.logic.ledger;

import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditLog;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.Objects;
import java.util.Optional;

/** Changing a setting of the data (county, office…): one transaction with its audit entry. */
public final class SettingsService {

    private final DSLContext dsl;
    private final String actor;

    public SettingsService(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    public Optional<String> get(String key) {
        return new SettingsRepository(dsl).get(key);
    }

    /** Stores {@code value} under {@code key}; an unchanged value writes nothing. */
    public void set(String key, String value) {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            SettingsRepository settings = new SettingsRepository(tx);
            Optional<String> before = settings.get(key);
            if (before.isPresent() && Objects.equals(before.get(), value)) {
                return;
            }
            settings.put(key, value);
            new AuditLog(tx).record(actor, before.isPresent() ? AuditAction.UPDATE : AuditAction.INSERT, "setting", null,
                    key, before.orElse(null), value, null);
        });
    }
}
