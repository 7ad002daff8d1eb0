package com.creditdesk.logic.exchange;

import com.creditdesk.logic.Hashing;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.demo.ExampleCampaign;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.logic.ledger.SettingsService;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskEdit;
import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.testutil.TestDatabases;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM_FILE;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static com.creditdesk.logic.db.generated.Tables.STORED_FILE;

/** A county's database for exchange tests: the example campaign, the county settings, a file store. */
final class County implements AutoCloseable {

    final Database db;
    final Path files;
    final LedgerService ledger;

    County(Path dir, String code, String name) {
        db = TestDatabases.fresh();
        files = dir.resolve(code + "-files");
        new ExampleCampaign(db.dsl(), "县信用办").loadIfFirstStart();
        SettingsService settings = new SettingsService(db.dsl(), "县信用办");
        settings.set("county.code", code);
        settings.set("county.name", name);
        ledger = new LedgerService(db.dsl(), "县信用办");
    }

    long campaignId() {
        return ledger.campaigns().get(0).id();
    }

    Task task(String title) {
        return ledger.tasks(campaignId()).stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }

    void edit(String title, TaskStatus status, String note) {
        Task task = task(title);
        ledger.updateTask(new TaskEdit(task.id(), task.version(), task.title(), status, note,
                task.units().stream().map(u -> new TaskEdit.UnitAssignment(u.unitName(), u.role())).toList()));
    }

    /** One evidence requirement on the task, with one submitted item carrying one file in the store. */
    long addEvidence(String taskTitle, String text, String fileName, byte[] content) throws IOException {
        String sha256 = Hashing.sha256(new ByteArrayInputStream(content));
        Path stored = PackageFormat.storedFile(files, sha256);
        Files.createDirectories(stored.getParent());
        Files.write(stored, content);
        var dsl = db.dsl();
        long fileId = dsl.insertInto(STORED_FILE).set(STORED_FILE.SHA256, sha256).set(STORED_FILE.SIZE_BYTES, (long) content.length)
                .set(STORED_FILE.MEDIA_TYPE, "application/pdf").set(STORED_FILE.ORIGINAL_NAME, fileName)
                .returning(STORED_FILE.ID).fetchOne(STORED_FILE.ID);
        long requirementId = dsl.insertInto(EVIDENCE_REQUIREMENT).set(EVIDENCE_REQUIREMENT.CAMPAIGN_ID, campaignId())
                .set(EVIDENCE_REQUIREMENT.TASK_ID, task(taskTitle).id()).set(EVIDENCE_REQUIREMENT.TEXT, text)
                .set(EVIDENCE_REQUIREMENT.STAMP_REQUIRED, true)
                .returning(EVIDENCE_REQUIREMENT.ID).fetchOne(EVIDENCE_REQUIREMENT.ID);
        long itemId = dsl.insertInto(EVIDENCE_ITEM).set(EVIDENCE_ITEM.REQUIREMENT_ID, requirementId)
                .set(EVIDENCE_ITEM.UNIT_ID, task(taskTitle).units().get(0).unitId())
                .set(EVIDENCE_ITEM.STATUS, "SUBMITTED").set(EVIDENCE_ITEM.DELIVERED_BY, "张三")
                .returning(EVIDENCE_ITEM.ID).fetchOne(EVIDENCE_ITEM.ID);
        dsl.insertInto(EVIDENCE_ITEM_FILE).set(EVIDENCE_ITEM_FILE.ITEM_ID, itemId).set(EVIDENCE_ITEM_FILE.FILE_ID, fileId).execute();
        return itemId;
    }

    Path export(Path out, byte[] key) {
        new PackageExporter(db.dsl(), files).export(out, key);
        return out;
    }

    List<Task> tasks() {
        return ledger.tasks(campaignId());
    }

    @Override
    public void close() {
        db.close();
    }
}
