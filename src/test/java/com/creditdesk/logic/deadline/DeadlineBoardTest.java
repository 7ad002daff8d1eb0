package com.creditdesk.logic.deadline;

import com.creditdesk.model.deadline.DueGroup;
import com.creditdesk.model.deadline.DueItem;
import com.creditdesk.model.deadline.UnitDueSummary;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.CampaignLevel;
import com.creditdesk.model.ledger.NodeKind;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.model.ledger.TaskUnit;
import com.creditdesk.model.ledger.UnitRole;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineBoardTest {

    private static final DeadlineBoard BOARD = new DeadlineBoard(new DeadlineParser(), WorkingDayCalendar.loadBundled());
    private static final Campaign CAMPAIGN = new Campaign(1, "示范城市创建", CampaignLevel.NATIONAL, null, null,
            LocalDate.of(2021, 3, 5), LocalDate.of(2021, 3, 5), LocalDate.of(2021, 12, 31), null);
    private static final LocalDate TODAY = LocalDate.of(2021, 4, 26);

    private static Task task(long id, String deadline, TaskStatus status, LocalDate override, String... units) {
        List<TaskUnit> unitList = java.util.Arrays.stream(units).map(u -> new TaskUnit(0, u, UnitRole.RESPONSIBLE)).toList();
        return new Task(id, 1, null, NodeKind.TASK, (int) id, "（" + id + "）", "任务" + id, null, null, status, null,
                null, null, deadline, null, override, unitList, 0);
    }

    private static List<DueItem> board(List<Task> tasks, Map<Long, Set<LocalDate>> done) {
        return BOARD.items(CAMPAIGN, tasks, done, TODAY);
    }

    @Test
    void groupsByDistanceFromToday() {
        List<DueItem> items = board(List.of(
                task(1, "3 月底前", TaskStatus.IN_PROGRESS, null, "市发改委"),
                task(2, "4月30日前", TaskStatus.NOT_STARTED, null, "市发改委"),
                task(3, "5月20日前", TaskStatus.NOT_STARTED, null),
                task(4, "年底前", TaskStatus.NOT_STARTED, null),
                task(5, "持续推进", TaskStatus.NOT_STARTED, null),
                task(6, "待定", TaskStatus.NOT_STARTED, null),
                task(7, "3月底前", TaskStatus.DONE, null)), Map.of());
        assertEquals(List.of(DueGroup.OVERDUE, DueGroup.DUE_7, DueGroup.DUE_30, DueGroup.LATER, DueGroup.ONGOING,
                DueGroup.REVIEW, DueGroup.DONE), items.stream().map(DueItem::group).toList());
        assertEquals(LocalDate.of(2021, 3, 31), items.get(0).due());
        assertEquals(-26L, items.get(0).daysLeft(TODAY));
        assertNull(items.get(5).due(), "an unreadable deadline gets no guessed date");
        assertTrue(items.get(5).review());
    }

    @Test
    void severalMilestonesInOneTextBecomeSeveralLines() {
        List<DueItem> items = board(List.of(task(1,
                "4 月底前将统一社会信用代码重错码率降到全国平均线以下，6 月底前重错码率低于万分之一",
                TaskStatus.IN_PROGRESS, null)), Map.of());
        assertEquals(2, items.size());
        assertEquals(LocalDate.of(2021, 4, 30), items.get(0).due());
        assertEquals(DueGroup.DUE_7, items.get(0).group());
        assertEquals(LocalDate.of(2021, 6, 30), items.get(1).due());
        assertTrue(items.get(1).label().contains("6 月底前"));
    }

    @Test
    void recurringTaskHasOneLinePerPeriodInTheCampaignEachWithItsDoneState() {
        List<DueItem> items = board(List.of(task(9, "每月25日前报送", TaskStatus.IN_PROGRESS, null)),
                Map.of(9L, Set.of(LocalDate.of(2021, 3, 25))));
        assertEquals(10, items.size(), "25 March … 25 December");
        DueItem march = items.stream().filter(i -> i.due().equals(LocalDate.of(2021, 3, 25))).findFirst().orElseThrow();
        assertEquals(DueGroup.DONE, march.group());
        assertTrue(march.occurrence());
        DueItem april = items.stream().filter(i -> i.due().equals(LocalDate.of(2021, 4, 25))).findFirst().orElseThrow();
        assertEquals(DueGroup.OVERDUE, april.group());
    }

    @Test
    void coordinatorsOverrideWinsAndIsMarked() {
        List<DueItem> items = board(List.of(task(1, "3 月底前", TaskStatus.IN_PROGRESS, LocalDate.of(2021, 5, 20))), Map.of());
        assertEquals(1, items.size());
        assertEquals(LocalDate.of(2021, 5, 20), items.get(0).due());
        assertTrue(items.get(0).overridden());
        assertEquals("3 月底前", items.get(0).deadlineText(), "the wording stays as written");
        assertEquals(DueGroup.DUE_30, items.get(0).group());
    }

    @Test
    void tasksWithoutAnyDeadlineAreNotOnTheBoard() {
        assertEquals(List.of(), board(List.of(task(1, null, TaskStatus.NOT_STARTED, null)), Map.of()));
    }

    @Test
    void perUnitSummaryPutsTheUnitsMostBehindFirst() {
        List<DueItem> items = board(List.of(
                task(1, "3 月底前", TaskStatus.IN_PROGRESS, null, "市发改委", "市财政局"),
                task(2, "3月20日前", TaskStatus.IN_PROGRESS, null, "市发改委"),
                task(3, "4月30日前", TaskStatus.NOT_STARTED, null, "市财政局"),
                task(4, "3月底前", TaskStatus.DONE, null, "市人行")), Map.of());
        List<UnitDueSummary> units = DeadlineBoard.byUnit(items);
        assertEquals(new UnitDueSummary("市发改委", 2, 0, 0, 2), units.get(0));
        assertEquals(new UnitDueSummary("市财政局", 1, 1, 0, 2), units.get(1));
        assertEquals(new UnitDueSummary("市人行", 0, 0, 1, 1), units.get(2));
    }
}
