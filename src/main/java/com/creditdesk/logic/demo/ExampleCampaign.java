package com.creditdesk.logic.demo;

import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.ledger.CampaignRepository;
import com.creditdesk.logic.ledger.SettingsRepository;
import com.creditdesk.logic.ledger.TaskRepository;
import com.creditdesk.logic.ledger.UnitKinds;
import com.creditdesk.logic.ledger.UnitRepository;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.CampaignLevel;
import com.creditdesk.model.ledger.NodeKind;
import com.creditdesk.model.ledger.TaskDraft;
import com.creditdesk.model.ledger.TaskUnit;
import com.creditdesk.model.ledger.UnitRole;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in example: the 20 tasks of 邢台's 《关于争创全国社会信用体系建设示范城市的实施方案》
 * (邢社信发〔2021〕2号) with their units and 完成时限 verbatim, loaded once into an empty database
 * so a newcomer sees real content. Deleting it is remembered: it is not loaded again.
 */
public final class ExampleCampaign {

    public static final String RESOURCE = "/demo/xingtai-2021.json";
    public static final String LOADED_SETTING = "example.loaded";

    private final DSLContext dsl;
    private final String actor;

    public ExampleCampaign(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    /** Loads the example if the database has never had it and holds no campaign; returns its id. */
    public Optional<Long> loadIfFirstStart() {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            SettingsRepository settings = new SettingsRepository(tx);
            if (settings.get(LOADED_SETTING).isPresent() || new CampaignRepository(tx).count() > 0) {
                return Optional.empty();
            }
            long id = write(tx, read());
            settings.put(LOADED_SETTING, "true");
            return Optional.of(id);
        });
    }

    static Document read() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = ExampleCampaign.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return mapper.readValue(in, Document.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long write(DSLContext tx, Document doc) {
        CampaignInfo c = doc.campaign();
        long campaignId = new CampaignRepository(tx).insert(new Campaign(0, c.name(), c.level(), c.issuer(),
                c.docNumber(), c.issueDate(), c.periodStart(), c.periodEnd(), null), doc.source(), null);
        TaskRepository tasks = new TaskRepository(tx);
        UnitRepository units = new UnitRepository(tx);
        int order = 0;
        for (Section section : doc.sections()) {
            long sectionId = tasks.insert(new TaskDraft(campaignId, null, NodeKind.SECTION, section.seq(),
                    section.title(), null, null, null, null, null, doc.source()), order++);
            for (TaskEntry entry : section.tasks()) {
                long taskId = tasks.insert(new TaskDraft(campaignId, sectionId, NodeKind.TASK, entry.seq(),
                        entry.title(), entry.content(), null, entry.unitsText(), null, entry.deadlineText(),
                        doc.source()), order++);
                List<TaskUnit> assigned = new ArrayList<>();
                entry.lead().forEach(name -> assigned.add(new TaskUnit(unitId(units, name), name, UnitRole.LEAD)));
                entry.responsible().forEach(name -> assigned.add(new TaskUnit(unitId(units, name), name, UnitRole.RESPONSIBLE)));
                tasks.replaceUnits(taskId, assigned);
            }
        }
        new AuditLog(tx).record(actor, AuditAction.IMPORT, "campaign", campaignId, null, null, c.name(),
                "built-in example " + RESOURCE);
        return campaignId;
    }

    private static long unitId(UnitRepository units, String name) {
        return units.findIdByNameOrAlias(name).orElseGet(() -> units.insert(name, UnitKinds.guess(name)));
    }

    record Document(CampaignInfo campaign, String source, List<Section> sections) {
    }

    record CampaignInfo(String name, CampaignLevel level, String issuer, String docNumber, LocalDate issueDate,
                        LocalDate periodStart, LocalDate periodEnd) {
    }

    record Section(String seq, String title, List<TaskEntry> tasks) {
    }

    record TaskEntry(String seq, String title, String content, String unitsText, String deadlineText,
                     List<String> lead, List<String> responsible) {
    }
}
