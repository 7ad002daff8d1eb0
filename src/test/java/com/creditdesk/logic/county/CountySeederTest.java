package com.creditdesk.logic.county;

import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.demo.ExampleCampaign;
import com.creditdesk.logic.ledger.CampaignRepository;
import com.creditdesk.logic.ledger.SettingsRepository;
import com.creditdesk.logic.ledger.UnitRepository;
import com.creditdesk.testutil.TestDatabases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("db")
class CountySeederTest {

    @Test
    void seedsUnitsAliasesAndSettingsOnceAndAudited() {
        CountyProfile profile = CountyProfile.load(CountyProfileTest.COUNTIES.resolve("370883.properties"));
        try (Database db = TestDatabases.fresh()) {
            assertEquals(Optional.of(profile.units().size()), new CountySeeder(db.dsl(), "t").seedIfFirstStart(profile));
            UnitRepository units = new UnitRepository(db.dsl());
            assertEquals(profile.units().size(), units.count());
            assertEquals(units.findIdByNameOrAlias("邹城市发展和改革局"), units.findIdByNameOrAlias("市发展改革委"));
            SettingsRepository settings = new SettingsRepository(db.dsl());
            assertEquals(Optional.of("邹城市"), settings.get("county.name"));
            assertEquals(Optional.of("370883"), settings.get(CountySeeder.SEEDED_SETTING));
            int audited = new AuditLog(db.dsl()).count();
            assertTrue(audited > profile.units().size(), "units, aliases and the profile are audited");

            assertEquals(Optional.empty(), new CountySeeder(db.dsl(), "t").seedIfFirstStart(profile));
            assertEquals(audited, new AuditLog(db.dsl()).count());
            // preload=none: the example does not come either.
            assertEquals(Optional.empty(), new ExampleCampaign(db.dsl(), "t").loadIfFirstStart());
            assertEquals(0, new CampaignRepository(db.dsl()).count());
        }
    }

    @Test
    void preloadExampleKeepsTheExampleAndItsUnits() {
        CountyProfile profile = CountyProfile.load(CountyProfileTest.COUNTIES.resolve("130528.properties"));
        try (Database db = TestDatabases.fresh()) {
            new CountySeeder(db.dsl(), "t").seedIfFirstStart(profile);
            assertTrue(new ExampleCampaign(db.dsl(), "t").loadIfFirstStart().isPresent());
            assertTrue(new UnitRepository(db.dsl()).findIdByNameOrAlias("县发改局").isPresent());
        }
    }
}
