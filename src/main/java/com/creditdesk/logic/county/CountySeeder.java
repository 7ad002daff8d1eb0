package com.creditdesk.logic.county;

import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.demo.ExampleCampaign;
import com.creditdesk.logic.ledger.CampaignRepository;
import com.creditdesk.logic.ledger.SettingsRepository;
import com.creditdesk.logic.ledger.UnitRepository;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.Optional;

/**
 * Seeds a database from the installer's county profile once: the units with their aliases, the
 * office and county settings, and whether the example campaign is preloaded. One transaction,
 * audited. Later starts (and upgrades) find {@value #SEEDED_SETTING} and leave the data alone.
 */
public final class CountySeeder {

    public static final String SEEDED_SETTING = "county.seeded";

    private final DSLContext dsl;
    private final String actor;

    public CountySeeder(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    /** Seeds from {@code profile} unless some profile was seeded before; returns the units added. */
    public Optional<Integer> seedIfFirstStart(CountyProfile profile) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            SettingsRepository settings = new SettingsRepository(tx);
            if (settings.get(SEEDED_SETTING).isPresent()) {
                return Optional.empty();
            }
            String source = "county profile " + profile.code() + " " + profile.source();
            AuditLog audit = new AuditLog(tx);
            int added = seedUnits(tx, profile, audit, source);
            settings.put("county.code", profile.code());
            settings.put("county.name", profile.name());
            settings.put("county.parentCity", profile.parentCity());
            settings.put("county.province", profile.province());
            settings.put("indicators.defaultSystem", profile.defaultIndicatorSystem());
            putIfPresent(settings, "office.name", profile.office().name());
            putIfPresent(settings, "office.contact", profile.office().contact());
            putIfPresent(settings, "office.phone", profile.office().phone());
            putIfPresent(settings, "office.address", profile.office().address());
            if (profile.campaignPreload() == CountyProfile.CampaignPreload.NONE && new CampaignRepository(tx).count() == 0) {
                // Marks the example as "already loaded (and deleted)", so ExampleCampaign leaves it out.
                settings.put(ExampleCampaign.LOADED_SETTING, "skipped by county profile");
            }
            settings.put(SEEDED_SETTING, profile.code());
            audit.record(actor, AuditAction.IMPORT, "county", null, null, null,
                    profile.name() + " (" + profile.code() + "), " + added + " units", source);
            return Optional.of(added);
        });
    }

    /** Adds missing units and aliases; a name already known (as name or alias) is reused, not duplicated. */
    private int seedUnits(DSLContext tx, CountyProfile profile, AuditLog audit, String source) {
        UnitRepository units = new UnitRepository(tx);
        int added = 0;
        for (CountyProfile.CountyUnit unit : profile.units()) {
            Optional<Long> existing = units.findIdByNameOrAlias(unit.name());
            long id;
            if (existing.isPresent()) {
                id = existing.get();
            } else {
                id = units.insert(unit.name(), unit.kind());
                audit.record(actor, AuditAction.INSERT, "unit", id, null, null, unit.name(), source);
                added++;
            }
            for (String alias : unit.aliases()) {
                if (units.findIdByNameOrAlias(alias).isEmpty()) {
                    units.addAlias(id, alias);
                    audit.record(actor, AuditAction.INSERT, "unit_alias", id, "alias", null, alias, source);
                }
            }
        }
        return added;
    }

    private static void putIfPresent(SettingsRepository settings, String key, String value) {
        if (value != null) {
            settings.put(key, value);
        }
    }
}
