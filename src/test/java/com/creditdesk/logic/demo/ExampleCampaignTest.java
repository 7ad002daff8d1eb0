package com.creditdesk.logic.demo;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.ledger.CampaignRepository;
import com.creditdesk.logic.ledger.TaskRepository;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.NodeKind;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.UnitRole;
import com.creditdesk.testutil.TestDatabases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("db")
class ExampleCampaignTest {

    @Test
    void loadsTheTwentyTasksOfXingtai2021WithUnitsAndDeadlinesVerbatim() {
        try (Database db = TestDatabases.fresh()) {
            long id = new ExampleCampaign(db.dsl(), "t").loadIfFirstStart().orElseThrow();
            Campaign campaign = new CampaignRepository(db.dsl()).find(id).orElseThrow();
            assertEquals("邢社信发〔2021〕2号", campaign.docNumber());
            assertEquals(LocalDate.of(2021, 3, 5), campaign.issueDate());

            List<Task> tasks = new TaskRepository(db.dsl()).findByCampaign(id);
            assertEquals(2, tasks.stream().filter(t -> t.kind() == NodeKind.SECTION).count());
            assertEquals(20, tasks.stream().filter(t -> t.kind() == NodeKind.TASK).count());

            Task first = tasks.stream().filter(t -> "（一）".equals(t.seqLabel())).findFirst().orElseThrow();
            assertEquals("制定邢台市社会信用促进条例", first.title());
            assertEquals("6 月底前", first.deadlineText());
            assertEquals(List.of("市行政审批局", "市人行", "市司法局"),
                    first.unitsIn(UnitRole.RESPONSIBLE).stream().map(u -> u.unitName()).toList());

            Task third = tasks.stream().filter(t -> "（三）".equals(t.seqLabel())).findFirst().orElseThrow();
            assertEquals(List.of("市行政审批局", "市工商联"), third.unitsIn(UnitRole.LEAD).stream().map(u -> u.unitName()).toList());
            assertTrue(third.unitsText().contains("牵头单位：市行政审批局、市工商联"));
            assertEquals("持续推进", third.deadlineText());

            Task fourth = tasks.stream().filter(t -> "（四）".equals(t.seqLabel())).findFirst().orElseThrow();
            assertNull(fourth.deadlineText(), "（四） gives no 完成时限 in its parenthesis");
        }
    }

    @Test
    void isLoadedOnlyOnce() {
        try (Database db = TestDatabases.fresh()) {
            assertTrue(new ExampleCampaign(db.dsl(), "t").loadIfFirstStart().isPresent());
            assertTrue(new ExampleCampaign(db.dsl(), "t").loadIfFirstStart().isEmpty());
            assertEquals(1, new CampaignRepository(db.dsl()).count());
        }
    }
}
