package com.creditdesk.logic.scoring;

import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.StoredSystem;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every indicator system the coordinator can score: the built-in ones (shipped JSON, read-only,
 * named by code) followed by those stored in the database (imported from an indicator table,
 * created in the app, or copied from a built-in one), each named by its unique code.
 */
public final class IndicatorSystemCatalog {

    private final DSLContext dsl;

    public IndicatorSystemCatalog(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<IndicatorSystem> all() {
        List<IndicatorSystem> systems = new ArrayList<>(BuiltinIndicatorSystems.load());
        for (StoredSystem stored : new IndicatorSystemRepository(dsl).findAll()) {
            systems.add(StoredSystemModel.toModel(stored));
        }
        return systems;
    }

    public Optional<IndicatorSystem> find(String code) {
        Optional<IndicatorSystem> builtin = BuiltinIndicatorSystems.find(code);
        if (builtin.isPresent()) {
            return builtin;
        }
        return new IndicatorSystemRepository(dsl).findByCode(code).map(StoredSystemModel::toModel);
    }

    /** Whether the system can be edited in place (stored, not flagged built-in). */
    public boolean editable(String code) {
        return BuiltinIndicatorSystems.find(code).isEmpty()
                && new IndicatorSystemRepository(dsl).findByCode(code).map(s -> !s.builtin()).orElse(false);
    }
}
