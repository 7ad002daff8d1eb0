package com.creditdesk.logic.report;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.model.ledger.NodeKind;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.Unit;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM_FILE;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT_UNIT;
import static com.creditdesk.logic.db.generated.Tables.INDICATOR;
import static com.creditdesk.logic.db.generated.Tables.INDICATOR_SYSTEM;
import static com.creditdesk.logic.db.generated.Tables.STORED_FILE;

/**
 * Evidence in the example database: a requirement of the first task owed by 市发改委 (accepted,
 * one file) and 市财政局 (returned), and one of an indicator owed by 市发改委 with nothing in yet.
 */
final class EvidenceFixture {

    static final String TASK_EVIDENCE = "提供《邢台市社会信用促进条例》立法计划、草案及征求意见材料（加盖公章）。";
    static final String INDICATOR_EVIDENCE = "提供公共信用信息目录及编制说明，截图备查。";
    static final String FILE = "条例草案征求意见稿.pdf";

    private EvidenceFixture() {
    }

    static void add(Database db) {
        DSLContext dsl = db.dsl();
        LedgerService ledger = new LedgerService(dsl, "test");
        long campaign = ledger.campaigns().get(0).id();
        Task task = ledger.tasks(campaign).stream().filter(t -> t.kind() != NodeKind.SECTION).findFirst().orElseThrow();
        long fgw = unit(ledger, "市发改委");
        long czj = unit(ledger, "市财政局");
        long taskReq = requirement(dsl, campaign, task.id(), null, TASK_EVIDENCE, "STAMPED_SCAN", true, "6 月底前");
        dsl.insertInto(EVIDENCE_REQUIREMENT_UNIT).set(EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID, taskReq)
                .set(EVIDENCE_REQUIREMENT_UNIT.UNIT_ID, fgw).execute();
        dsl.insertInto(EVIDENCE_REQUIREMENT_UNIT).set(EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID, taskReq)
                .set(EVIDENCE_REQUIREMENT_UNIT.UNIT_ID, czj).execute();
        long accepted = item(dsl, taskReq, fgw, "ACCEPTED", LocalDateTime.of(2021, 6, 3, 9, 30), null);
        long file = dsl.insertInto(STORED_FILE).set(STORED_FILE.SHA256, "a".repeat(64)).set(STORED_FILE.SIZE_BYTES, 1024L)
                .set(STORED_FILE.ORIGINAL_NAME, FILE).returning(STORED_FILE.ID).fetchOne(STORED_FILE.ID);
        dsl.insertInto(EVIDENCE_ITEM_FILE).set(EVIDENCE_ITEM_FILE.ITEM_ID, accepted).set(EVIDENCE_ITEM_FILE.FILE_ID, file).execute();
        item(dsl, taskReq, czj, "RETURNED", LocalDateTime.of(2021, 6, 5, 15, 0), "未加盖公章");

        long system = dsl.insertInto(INDICATOR_SYSTEM).set(INDICATOR_SYSTEM.CODE, "test-system")
                .set(INDICATOR_SYSTEM.NAME, "测试指标体系").returning(INDICATOR_SYSTEM.ID).fetchOne(INDICATOR_SYSTEM.ID);
        long indicator = dsl.insertInto(INDICATOR).set(INDICATOR.SYSTEM_ID, system).set(INDICATOR.SORT_ORDER, 1)
                .set(INDICATOR.CODE, "（一）").set(INDICATOR.TITLE, "公共信用信息目录编制").set(INDICATOR.KIND, "SCORED")
                .returning(INDICATOR.ID).fetchOne(INDICATOR.ID);
        long indicatorReq = requirement(dsl, campaign, null, indicator, INDICATOR_EVIDENCE, "SCREENSHOT", false, null);
        dsl.update(EVIDENCE_REQUIREMENT).set(EVIDENCE_REQUIREMENT.DEADLINE_DUE, LocalDate.of(2021, 9, 30))
                .set(EVIDENCE_REQUIREMENT.PERIOD_TEXT, "2021年上半年").where(EVIDENCE_REQUIREMENT.ID.eq(indicatorReq)).execute();
        dsl.insertInto(EVIDENCE_REQUIREMENT_UNIT).set(EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID, indicatorReq)
                .set(EVIDENCE_REQUIREMENT_UNIT.UNIT_ID, fgw).execute();
    }

    /** Many requirements of every task, to fill several pages. */
    static void addMany(Database db, int perTask) {
        DSLContext dsl = db.dsl();
        LedgerService ledger = new LedgerService(dsl, "test");
        long campaign = ledger.campaigns().get(0).id();
        long fgw = unit(ledger, "市发改委");
        List<Task> tasks = ledger.tasks(campaign).stream().filter(t -> t.kind() != NodeKind.SECTION).toList();
        for (Task task : tasks) {
            for (int i = 1; i <= perTask; i++) {
                long req = requirement(dsl, campaign, task.id(), null, "提供第" + i + "项佐证材料：工作方案、会议纪要、照片等，"
                        + "材料须真实完整。", "OTHER", i % 2 == 0, "每季度末");
                dsl.insertInto(EVIDENCE_REQUIREMENT_UNIT).set(EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID, req)
                        .set(EVIDENCE_REQUIREMENT_UNIT.UNIT_ID, fgw).execute();
            }
        }
    }

    private static long unit(LedgerService ledger, String name) {
        return ledger.units().stream().filter(u -> u.name().equals(name)).map(Unit::id).findFirst().orElseThrow();
    }

    private static long requirement(DSLContext dsl, long campaign, Long task, Long indicator, String text, String type,
                                    boolean stamp, String deadline) {
        return dsl.insertInto(EVIDENCE_REQUIREMENT).set(EVIDENCE_REQUIREMENT.CAMPAIGN_ID, campaign)
                .set(EVIDENCE_REQUIREMENT.TASK_ID, task).set(EVIDENCE_REQUIREMENT.INDICATOR_ID, indicator)
                .set(EVIDENCE_REQUIREMENT.TEXT, text).set(EVIDENCE_REQUIREMENT.EVIDENCE_TYPE, type)
                .set(EVIDENCE_REQUIREMENT.STAMP_REQUIRED, stamp).set(EVIDENCE_REQUIREMENT.DEADLINE_TEXT, deadline)
                .returning(EVIDENCE_REQUIREMENT.ID).fetchOne(EVIDENCE_REQUIREMENT.ID);
    }

    private static long item(DSLContext dsl, long requirement, long unit, String status, LocalDateTime received,
                             String reason) {
        return dsl.insertInto(EVIDENCE_ITEM).set(EVIDENCE_ITEM.REQUIREMENT_ID, requirement).set(EVIDENCE_ITEM.UNIT_ID, unit)
                .set(EVIDENCE_ITEM.STATUS, status).set(EVIDENCE_ITEM.RECEIVED_AT, received)
                .set(EVIDENCE_ITEM.RETURN_REASON, reason).returning(EVIDENCE_ITEM.ID).fetchOne(EVIDENCE_ITEM.ID);
    }
}
