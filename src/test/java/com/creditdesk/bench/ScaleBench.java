package com.creditdesk.bench;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.deadline.DeadlineService;
import com.creditdesk.logic.evidence.EvidenceCompletenessQuery;
import com.creditdesk.logic.evidence.EvidenceQueries;
import com.creditdesk.logic.evidence.ItemByItemMatrix;
import com.creditdesk.logic.ledger.TaskRepository;
import com.creditdesk.logic.user.AccessScope;
import com.creditdesk.model.deadline.DueItem;
import com.creditdesk.model.user.Role;
import com.creditdesk.testutil.TestDatabases;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.RowN;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

import static com.creditdesk.logic.db.generated.Tables.CAMPAIGN;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT_UNIT;
import static com.creditdesk.logic.db.generated.Tables.TASK;
import static com.creditdesk.logic.db.generated.Tables.TASK_UNIT;
import static com.creditdesk.logic.db.generated.Tables.UNIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A city-wide shared database at scale: 200 counties × 500 tasks × 10 evidence items (1 M items,
 * 100 k tasks). Times, as a county user, the deadline board of its campaign (database read plus
 * the deadline engine) and the evidence completeness matrix of its campaign; prints medians.
 * H2 (a file) always; PostgreSQL too when -Dcreditdesk.test.pg=JDBC_URL is given:
 * <pre>
 *   mvn -B -Pbench test -Dtest=ScaleBench
 *   CREDITDESK_TEST_PG_USER=u CREDITDESK_TEST_PG_PASSWORD=p \
 *     mvn -B -Pbench test -Dtest=ScaleBench -Dcreditdesk.test.pg=jdbc:postgresql://127.0.0.1:5432/db
 * </pre>
 */
@Tag("benchmark")
class ScaleBench {

    private static final int COUNTIES = 200;
    private static final int TASKS = 500;
    private static final int ITEMS = 10;
    private static final int UNITS = 20;
    private static final int BATCH = 1000;
    private static final int RUNS = 21;
    private static final LocalDate TODAY = LocalDate.of(2022, 6, 15);
    private static final String[] DEADLINES = {"2022年6月底前", "每月25日前", "2022年12月31日前", "持续推进", "2022年第三季度", "2022年7月10日前"};
    private static final String[] STATUSES = {"PENDING", "SUBMITTED", "ACCEPTED", "RETURNED"};

    @Test
    void deadlineBoardAndCompletenessMatrixAtCityScale(@TempDir Path dir) {
        try (Database h2 = Database.openFile(dir.resolve("scale"))) {
            run("H2", h2);
        }
        if (TestDatabases.postgresUrl().isPresent()) {
            try (Database pg = TestDatabases.fresh()) {
                run("PostgreSQL", pg);
            }
        }
    }

    private static void run(String label, Database db) {
        long start = System.nanoTime();
        db.dsl().transaction(configuration -> generate(DSL.using(configuration)));
        System.out.printf("%s: generated %d campaigns, %d tasks, %d evidence items in %.1f s%n", label, COUNTIES,
                COUNTIES * TASKS, COUNTIES * TASKS * ITEMS, (System.nanoTime() - start) / 1e9);
        if (db.dialect() == org.jooq.SQLDialect.POSTGRES) {
            // A server database in use has planner statistics (autovacuum analyzes it within a minute);
            // measured right after a bulk load without them, PostgreSQL picks poor plans (114 ms here).
            db.dsl().execute("ANALYZE");
        }
        DeadlineService.standardBoard(); // calendar loading is start-up work, not the query
        double board = median(campaign -> {
            List<DueItem> items = new DeadlineService(db.dsl(), county(campaign), DeadlineService.standardBoard())
                    .items(campaign, TODAY);
            assertFalse(items.isEmpty());
        });
        double tasksOnly = median(campaign -> assertEquals(TASKS,
                new TaskRepository(db.dsl(), county(campaign)).findByCampaign(campaign).size()));
        double matrix = median(campaign -> {
            List<EvidenceCompletenessQuery.Cell> cells = new EvidenceCompletenessQuery(db.dsl(), county(campaign)).matrix(campaign);
            assertEquals(TASKS * 2, cells.size());
            assertEquals(TASKS * 2, cells.stream().mapToInt(EvidenceCompletenessQuery.Cell::required).sum());
        });
        double screenMatrix = median(campaign -> assertEquals(TASKS,
                new EvidenceQueries(db.dsl(), county(campaign)).matrix(campaign, false).rows().size()));
        double itemByItem = median(campaign -> assertEquals(TASKS,
                ItemByItemMatrix.of(new EvidenceQueries(db.dsl(), county(campaign)), campaign, false).rows().size()));
        assertEquals(ItemByItemMatrix.of(new EvidenceQueries(db.dsl(), county(7)), 7, false),
                new EvidenceQueries(db.dsl(), county(7)).matrix(7, false), "the same matrix at scale");
        System.out.printf("%s: deadline board median %.1f ms (of which the task query %.1f ms); "
                + "completeness matrix (one SQL aggregate) median %.1f ms; the 佐证材料 screen's matrix "
                + "(EvidenceQueries, cell states) median %.1f ms (item by item, as before: %.1f ms)%n", label, board,
                tasksOnly, matrix, screenMatrix, itemByItem);
    }

    private static AccessScope county(long campaign) {
        return new AccessScope("县" + campaign, Role.COUNTY_COORDINATOR, countyCode(campaign));
    }

    private static String countyCode(long campaign) {
        return String.valueOf(410000 + campaign);
    }

    /** Median milliseconds over RUNS calls (after warm-up), each on another county's campaign. */
    private static double median(java.util.function.LongConsumer query) {
        for (int warm = 0; warm < 5; warm++) {
            query.accept(1 + warm);
        }
        double[] millis = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long campaign = 1 + (run * 37L) % COUNTIES;
            long start = System.nanoTime();
            query.accept(campaign);
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }

    private static void generate(DSLContext dsl) {
        insert(dsl, UNIT, UNITS, i -> values((long) i + 1, "单位" + (i + 1)), UNIT.ID, UNIT.NAME);
        insert(dsl, CAMPAIGN, COUNTIES, i -> values((long) i + 1, "县" + (i + 1) + "信用创建实施方案",
                LocalDate.of(2022, 3, 1), countyCode(i + 1)), CAMPAIGN.ID, CAMPAIGN.NAME, CAMPAIGN.ISSUE_DATE, CAMPAIGN.COUNTY_CODE);
        int tasks = COUNTIES * TASKS;
        insert(dsl, TASK, tasks, i -> {
            long id = i + 1;
            int k = i % TASKS;
            Long parent = k % 10 == 0 ? null : id - k % 10;
            return values(id, (long) i / TASKS + 1, parent, k % 10 == 0 ? "SECTION" : "TASK", k, "任务" + k,
                    DEADLINES[k % DEADLINES.length], STATUSES[k % 3].equals("PENDING") ? "NOT_STARTED" : "IN_PROGRESS");
        }, TASK.ID, TASK.CAMPAIGN_ID, TASK.PARENT_ID, TASK.NODE_KIND, TASK.SORT_ORDER, TASK.TITLE, TASK.DEADLINE_TEXT, TASK.STATUS);
        insert(dsl, TASK_UNIT, tasks * 2, i -> values((long) i / 2 + 1, unit(i / 2, i % 2), i % 2 == 0 ? "LEAD" : "RESPONSIBLE", i % 2),
                TASK_UNIT.TASK_ID, TASK_UNIT.UNIT_ID, TASK_UNIT.ROLE, TASK_UNIT.SORT_ORDER);
        insert(dsl, EVIDENCE_REQUIREMENT, tasks, i -> values((long) i + 1, (long) i / TASKS + 1, (long) i + 1, "佐证材料" + i),
                EVIDENCE_REQUIREMENT.ID, EVIDENCE_REQUIREMENT.CAMPAIGN_ID, EVIDENCE_REQUIREMENT.TASK_ID, EVIDENCE_REQUIREMENT.TEXT);
        insert(dsl, EVIDENCE_REQUIREMENT_UNIT, tasks * 2, i -> values((long) i / 2 + 1, unit(i / 2, i % 2)),
                EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID, EVIDENCE_REQUIREMENT_UNIT.UNIT_ID);
        insert(dsl, EVIDENCE_ITEM, tasks * ITEMS, i -> {
            int task = i / ITEMS;
            int j = i % ITEMS;
            // Every third task's second unit has delivered nothing yet: the matrix shows it missing.
            String status = task % 3 == 0 && j % 2 == 1 ? (j % 4 == 1 ? "PENDING" : "RETURNED") : STATUSES[(task + j) % 4];
            return values((long) i + 1, (long) task + 1, unit(task, j % 2), status);
        }, EVIDENCE_ITEM.ID, EVIDENCE_ITEM.REQUIREMENT_ID, EVIDENCE_ITEM.UNIT_ID, EVIDENCE_ITEM.STATUS);
    }

    private static RowN values(Object... values) {
        return DSL.row(values);
    }

    private static long unit(int task, int which) {
        return which == 0 ? task % UNITS + 1 : (task + 7) % UNITS + 1;
    }

    private static void insert(DSLContext dsl, Table<?> table, int count, IntFunction<RowN> row, Field<?>... fields) {
        List<RowN> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < count; i++) {
            batch.add(row.apply(i));
            if (batch.size() == BATCH || i == count - 1) {
                dsl.insertInto(table, fields).valuesOfRows(batch).execute();
                batch.clear();
            }
        }
    }
}
