package com.creditdesk.logic.report;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.evidence.EvidenceService;
import com.creditdesk.logic.evidence.FileStore;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.model.evidence.CopyProgress;
import com.creditdesk.model.evidence.Delivery;
import com.creditdesk.model.evidence.EvidenceItem;
import com.creditdesk.model.evidence.EvidenceType;
import com.creditdesk.model.evidence.RequirementDraft;
import com.creditdesk.model.ledger.NodeKind;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.Unit;
import org.jooq.DSLContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static com.creditdesk.logic.db.generated.Tables.INDICATOR;
import static com.creditdesk.logic.db.generated.Tables.INDICATOR_SYSTEM;

/**
 * Evidence in the example database, entered through the evidence API: a requirement of the first
 * task owed by 市发改委 (accepted, one file) and 市财政局 (returned), and one of an indicator owed
 * by 市发改委 with nothing delivered yet.
 */
final class EvidenceIndexFixture {

    static final String TASK_EVIDENCE = "提供《邢台市社会信用促进条例》立法计划、草案及征求意见材料（加盖公章）。";
    static final String INDICATOR_EVIDENCE = "提供公共信用信息目录及编制说明，截图备查。";
    static final String FILE = "条例草案征求意见稿.pdf";
    static final String RETURNED_FILE = "财政局意见.pdf";

    private final Database db;
    private final Path dir;
    private final EvidenceService evidence;
    private final LedgerService ledger;
    private final long campaign;

    EvidenceIndexFixture(Database db, Path dir) {
        this.db = db;
        this.dir = dir;
        this.evidence = new EvidenceService(db.dsl(), "test", new FileStore(dir.resolve("files")));
        this.ledger = new LedgerService(db.dsl(), "test");
        this.campaign = ledger.campaigns().get(0).id();
    }

    void add() throws IOException {
        Task task = tasks().get(0);
        long fgw = unit("市发改委");
        long czj = unit("市财政局");
        long taskReq = evidence.createRequirement(new RequirementDraft(campaign, null, task.id(), TASK_EVIDENCE,
                EvidenceType.STAMPED_SCAN, true, null, "6 月底前", List.of(fgw, czj)));
        EvidenceItem accepted = evidence.attach(taskReq, fgw, List.of(file(FILE)),
                new Delivery("张三", LocalDateTime.of(2021, 6, 3, 9, 30), null, null), CopyProgress.NONE);
        evidence.accept(accepted.id(), accepted.version());
        EvidenceItem returned = evidence.attach(taskReq, czj, List.of(file(RETURNED_FILE)),
                new Delivery("李四", LocalDateTime.of(2021, 6, 5, 15, 0), null, null), CopyProgress.NONE);
        evidence.returnItem(returned.id(), returned.version(), "未加盖公章");

        DSLContext dsl = db.dsl();
        long system = dsl.insertInto(INDICATOR_SYSTEM).set(INDICATOR_SYSTEM.CODE, "test-system")
                .set(INDICATOR_SYSTEM.NAME, "测试指标体系").returning(INDICATOR_SYSTEM.ID).fetchOne(INDICATOR_SYSTEM.ID);
        long indicator = dsl.insertInto(INDICATOR).set(INDICATOR.SYSTEM_ID, system).set(INDICATOR.SORT_ORDER, 1)
                .set(INDICATOR.CODE, "（一）").set(INDICATOR.TITLE, "公共信用信息目录编制").set(INDICATOR.KIND, "SCORED")
                .returning(INDICATOR.ID).fetchOne(INDICATOR.ID);
        evidence.createRequirement(new RequirementDraft(campaign, indicator, null, INDICATOR_EVIDENCE,
                EvidenceType.SCREENSHOT, false, "2021年上半年", "9月30日前", List.of(fgw)));
    }

    /** {@code perTask} requirements of every task, owed by 市发改委, to fill several pages. */
    void addMany(int perTask) {
        long fgw = unit("市发改委");
        for (Task task : tasks()) {
            for (int i = 1; i <= perTask; i++) {
                evidence.createRequirement(new RequirementDraft(campaign, null, task.id(), "提供第" + i
                        + "项佐证材料：工作方案、会议纪要、照片等，材料须真实完整。", EvidenceType.OTHER, i % 2 == 0, null,
                        "每季度末", List.of(fgw)));
            }
        }
    }

    private List<Task> tasks() {
        return ledger.tasks(campaign).stream().filter(t -> t.kind() != NodeKind.SECTION).toList();
    }

    private long unit(String name) {
        return ledger.units().stream().filter(u -> u.name().equals(name)).map(Unit::id).findFirst().orElseThrow();
    }

    private Path file(String name) throws IOException {
        Path file = dir.resolve("incoming").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "材料 " + name, StandardCharsets.UTF_8);
        return file;
    }
}
