package com.creditdesk.ui.evidence;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.evidence.EvidenceQueries;
import com.creditdesk.logic.evidence.EvidenceService;
import com.creditdesk.logic.evidence.FileStore;
import com.creditdesk.logic.evidence.RequirementOwners;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.importer.DatabaseImportWriter;
import com.creditdesk.logic.importer.NoticeImporter;
import com.creditdesk.logic.ledger.CampaignRepository;
import com.creditdesk.model.importer.ImportOptions;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.testutil.TestDatabases;
import com.creditdesk.ui.util.TaskExecutor;
import javafx.beans.property.SimpleObjectProperty;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.creditdesk.logic.db.generated.Tables.UNIT;

/**
 * A fresh in-memory database with the 濮阳 基础指标 table (seed 002) imported, a file store and a
 * viewing folder under a temp directory, and the 佐证材料 view model on a given executor.
 */
final class EvidenceScreenFixture implements AutoCloseable {

    final Database db = TestDatabases.fresh();
    final Messages messages = Messages.of(Messages.CHINESE);
    final SimpleObjectProperty<Campaign> campaign = new SimpleObjectProperty<>();
    final List<Path> opened = new ArrayList<>();
    final FileStore store;
    final EvidenceService service;
    final EvidenceViewModel vm;

    EvidenceScreenFixture(Path dir, TaskExecutor executor) {
        Path file = fixture("puyang-2021-basic.docx");
        long campaignId = new DatabaseImportWriter(db.dsl(), "tester")
                .write(new NoticeImporter().preview(file, ImportOptions.defaults()), ImportOptions.defaults().withSourceFile(file))
                .campaignId();
        store = new FileStore(dir.resolve("files"));
        service = new EvidenceService(db.dsl(), "tester", store);
        vm = new EvidenceViewModel(() -> service, new EvidenceQueries(db.dsl()), new RequirementOwners(db.dsl()), executor,
                messages, campaign, opened::add, dir.resolve("viewing"));
        campaign.set(new CampaignRepository(db.dsl()).find(campaignId).orElseThrow());
        vm.load();
        tools = new EvidenceToolsViewModel(db.dsl(), () -> store, executor, messages, campaign);
    }

    final EvidenceToolsViewModel tools;

    static Path fixture(String name) {
        try {
            return Path.of(EvidenceScreenFixture.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    long unitId(String name) {
        return db.dsl().select(UNIT.ID).from(UNIT).where(UNIT.NAME.eq(name)).fetchOne(UNIT.ID);
    }

    @Override
    public void close() {
        db.close();
    }
}
