package com.creditdesk.logic.user;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.deadline.DeadlineService;
import com.creditdesk.logic.demo.ExampleCampaign;
import com.creditdesk.logic.ledger.CampaignRepository;
import com.creditdesk.logic.ledger.ConcurrentEditException;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.logic.ledger.TaskRepository;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.CampaignLevel;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskEdit;
import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.model.user.Role;
import com.creditdesk.testutil.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two app instances on one database (two connection pools, as two PCs would have): on PostgreSQL
 * in the {@code postgres} profile, on one in-memory H2 otherwise.
 */
@Tag("db")
class SharedDatabaseTest {

    private static final String ZOUCHENG = "370883";
    private static final String NINGJIN = "130528";

    private Database first;
    private Database second;
    private long cityCampaign;
    private long zouchengCampaign;

    @BeforeEach
    void setUp() {
        String name = TestDatabases.create();
        first = TestDatabases.open(name);
        second = TestDatabases.open(name);
        cityCampaign = new ExampleCampaign(first.dsl(), "市信用办").loadIfFirstStart().orElseThrow();
        AccessScope zoucheng = new AccessScope("邹城王", Role.COUNTY_COORDINATOR, ZOUCHENG);
        zouchengCampaign = new CampaignRepository(first.dsl(), zoucheng).insert(new Campaign(0, "邹城市创建典型城市实施方案",
                CampaignLevel.PROVINCIAL, null, null, LocalDate.of(2022, 3, 1), null, null, null), null, null);
        LedgerService county = new LedgerService(first.dsl(), zoucheng);
        long section = county.addTask(zouchengCampaign, null, "一、", "完善信用制度");
        county.addTask(zouchengCampaign, section, "1.", "出台信用承诺办法");
    }

    @AfterEach
    void tearDown() {
        first.close();
        second.close();
    }

    private static Task first(List<Task> tasks, String seq) {
        return tasks.stream().filter(t -> seq.equals(t.seqLabel())).findFirst().orElseThrow();
    }

    @Test
    void anEditInOneInstanceIsSeenByTheOtherAfterRefresh() {
        LedgerService zhang = new LedgerService(first.dsl(), AccessScope.owner("张三"));
        LedgerService li = new LedgerService(second.dsl(), AccessScope.owner("李四"));
        Task task = first(li.tasks(cityCampaign), "（一）");
        assertEquals(TaskStatus.NOT_STARTED, task.status());

        zhang.updateTask(new TaskEdit(task.id(), task.version(), task.title(), TaskStatus.DONE, "已出台", List.of()));

        Task refreshed = first(li.tasks(cityCampaign), "（一）");
        assertEquals(TaskStatus.DONE, refreshed.status());
        assertEquals("已出台", refreshed.progressNote());
        assertEquals("张三", new AuditLog(second.dsl()).list("task", task.id(), 1).get(0).actor(),
                "the audit trail names the logged-in user");
    }

    @Test
    void aConcurrentEditIsRefusedNamingWhoChangedItAndWhen() {
        LedgerService zhang = new LedgerService(first.dsl(), AccessScope.owner("张三"));
        LedgerService li = new LedgerService(second.dsl(), AccessScope.owner("李四"));
        Task readByZhang = first(zhang.tasks(cityCampaign), "（二）");
        Task readByLi = first(li.tasks(cityCampaign), "（二）");

        li.updateTask(new TaskEdit(readByLi.id(), readByLi.version(), readByLi.title(), TaskStatus.IN_PROGRESS, "李四的进展", List.of()));
        UserFacingException e = assertThrows(UserFacingException.class, () -> zhang.updateTask(new TaskEdit(readByZhang.id(),
                readByZhang.version(), readByZhang.title(), TaskStatus.DONE, "张三的进展", List.of())));

        assertInstanceOf(ConcurrentEditException.class, e);
        assertEquals("error.task.changedBy", e.key());
        assertEquals("李四", e.args()[1]);
        assertTrue(e.args()[2].toString().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), e.args()[2].toString());
        assertEquals("李四的进展", first(zhang.tasks(cityCampaign), "（二）").progressNote(), "nothing overwritten");
    }

    @Test
    void aCountyUserSeesAndEditsOnlyItsCountysCampaigns() {
        LedgerService ningjin = new LedgerService(second.dsl(), new AccessScope("宁晋赵", Role.COUNTY_COORDINATOR, NINGJIN));
        LedgerService zoucheng = new LedgerService(second.dsl(), new AccessScope("邹城王", Role.COUNTY_COORDINATOR, ZOUCHENG));
        Task cityTask = first(new LedgerService(second.dsl(), "市信用办").tasks(cityCampaign), "（一）");
        Task countyTask = first(zoucheng.tasks(zouchengCampaign), "1.");

        assertEquals(List.of(zouchengCampaign), zoucheng.campaigns().stream().map(Campaign::id).toList());
        assertEquals(List.of(), ningjin.campaigns());
        assertEquals(List.of(), ningjin.tasks(zouchengCampaign));
        assertEquals(List.of(), zoucheng.tasks(cityCampaign));
        assertTrue(zoucheng.task(cityTask.id()).isEmpty());
        assertTrue(new TaskRepository(second.dsl(), ningjin.scope()).find(countyTask.id()).isEmpty());
        assertEquals(0, new TaskRepository(second.dsl(), ningjin.scope()).countByCampaign(zouchengCampaign));
        assertEquals(List.of(), zoucheng.workload(cityCampaign));
        assertEquals("error.campaign.notFound", assertThrows(UserFacingException.class, () ->
                new DeadlineService(second.dsl(), ningjin.scope(), DeadlineService.standardBoard())
                        .items(zouchengCampaign, LocalDate.of(2022, 6, 1))).key());

        assertEquals("error.task.notFound", assertThrows(UserFacingException.class, () -> ningjin.updateTask(
                new TaskEdit(countyTask.id(), countyTask.version(), "改名", TaskStatus.DONE, null, List.of()))).key());
        assertEquals("error.task.notFound", assertThrows(UserFacingException.class, () -> ningjin.deleteTask(countyTask.id())).key());
        assertEquals("error.campaign.notFound", assertThrows(UserFacingException.class,
                () -> zoucheng.deleteCampaign(cityCampaign)).key());
        assertEquals("error.campaign.notFound", assertThrows(UserFacingException.class,
                () -> ningjin.addTask(zouchengCampaign, null, "二、", "插入别县的任务")).key());

        zoucheng.updateTask(new TaskEdit(countyTask.id(), countyTask.version(), countyTask.title(), TaskStatus.DONE, null, List.of()));
        assertEquals(TaskStatus.DONE, zoucheng.task(countyTask.id()).orElseThrow().status());
        assertEquals(22, new LedgerService(second.dsl(), "市信用办").tasks(cityCampaign).size(), "the city sees its own ledger whole");
    }

    @Test
    void aReadOnlyLeaderReadsEverythingAndCannotWrite() {
        LedgerService leader = new LedgerService(second.dsl(), new AccessScope("刘局长", Role.LEADER_READONLY, null));
        assertEquals(2, leader.campaigns().size());
        Task task = first(leader.tasks(cityCampaign), "（一）");

        UserFacingException e = assertThrows(UserFacingException.class, () -> leader.updateTask(
                new TaskEdit(task.id(), task.version(), task.title(), TaskStatus.DONE, null, List.of())));
        assertEquals("error.access.readOnly", e.key());
        assertEquals("刘局长", e.args()[0]);
        assertEquals("error.access.readOnly", assertThrows(UserFacingException.class,
                () -> leader.deleteCampaign(cityCampaign)).key());
        assertEquals("error.access.readOnly", assertThrows(UserFacingException.class,
                () -> new DeadlineService(second.dsl(), leader.scope(), DeadlineService.standardBoard())
                        .overrideDue(task.id(), LocalDate.of(2022, 1, 1), null)).key());
        assertEquals(TaskStatus.NOT_STARTED, leader.task(task.id()).orElseThrow().status());
    }
}
