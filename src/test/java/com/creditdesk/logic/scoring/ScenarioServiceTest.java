package com.creditdesk.logic.scoring;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditEntry;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.ledger.CampaignRepository;
import com.creditdesk.model.indicator.Scenario;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.CampaignLevel;
import com.creditdesk.testutil.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("db")
class ScenarioServiceTest {

    private static final String ZOUCHENG = "shandong-typical-city-zoucheng-2022";

    private Database db;
    private ScenarioService service;
    private long campaignId;

    @BeforeEach
    void setUp() {
        db = TestDatabases.fresh();
        service = new ScenarioService(db.dsl(), "tester");
        campaignId = new CampaignRepository(db.dsl()).insert(new Campaign(0, "测试活动", CampaignLevel.NATIONAL,
                null, null, null, null, null, null), null, null);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void createSaveCopyDeleteWithAudit() {
        Scenario current = service.createCurrent(campaignId, ZOUCHENG, "当前");
        assertEquals(Map.of(), service.values(current.id()), "the current scenario starts with no assumed values");

        Map<String, Object> values = new HashMap<>();
        values.put("xinyi_domains", 8);
        values.put("sme_credit_progress", true);
        values.put("code_error_monthly", List.of(0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        values.put("dp_compliance_monthly", new BigDecimal("11"));
        assertEquals(4, service.save(current.id(), values));
        Map<String, Object> stored = service.values(current.id());
        assertEquals(new BigDecimal("8"), stored.get("xinyi_domains"));
        assertEquals(Boolean.TRUE, stored.get("sme_credit_progress"));
        assertEquals(12, ((List<?>) stored.get("code_error_monthly")).size());

        // Same values again (80 vs 80.0 style): nothing changes, nothing audited.
        values.put("xinyi_domains", new BigDecimal("8.0"));
        assertEquals(0, service.save(current.id(), values));
        values.remove("sme_credit_progress");
        assertEquals(1, service.save(current.id(), values));
        assertTrue(!service.values(current.id()).containsKey("sme_credit_progress"));

        Scenario copy = service.copy(current.id(), "冲刺");
        assertEquals(current.id(), copy.basedOnId());
        assertEquals(service.values(current.id()), service.values(copy.id()));
        assertEquals(List.of("当前", "冲刺"), service.list(campaignId, ZOUCHENG).stream().map(Scenario::name).toList());
        assertEquals(List.of(), service.list(campaignId, "xingtai-2021"));

        UserFacingException duplicate = assertThrows(UserFacingException.class, () -> service.copy(current.id(), " 冲刺 "));
        assertEquals("score.scenario.duplicateName", duplicate.key());
        assertEquals("score.scenario.emptyName",
                assertThrows(UserFacingException.class, () -> service.createCurrent(campaignId, ZOUCHENG, " ")).key());

        service.delete(copy.id());
        assertEquals(1, service.list(campaignId, ZOUCHENG).size());
        List<AuditEntry> log = new AuditLog(db.dsl()).list("scenario", null, 50);
        assertEquals(List.of("DELETE", "INSERT", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "INSERT"),
                log.stream().map(e -> e.action().name()).toList());
        assertEquals("sme_credit_progress", log.get(2).field());
        assertEquals("true", log.get(2).oldValue());
    }

    @Test
    void savingNeverTouchesTheLedger() {
        int before = db.dsl().fetchCount(com.creditdesk.logic.db.generated.Tables.TASK);
        Scenario s = service.createCurrent(campaignId, ZOUCHENG, "当前");
        service.save(s.id(), Map.of("xinyi_domains", 3));
        assertEquals(before, db.dsl().fetchCount(com.creditdesk.logic.db.generated.Tables.TASK));
    }
}
