package com.creditdesk.logic.report;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.deadline.DeadlineService;
import com.creditdesk.logic.evidence.EvidenceQueries;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.logic.scoring.BuiltinIndicatorSystems;
import com.creditdesk.logic.scoring.ScenarioRepository;
import com.creditdesk.logic.scoring.ScoreCalculator;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.Scenario;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.Unit;
import com.creditdesk.model.ledger.UnitWorkload;
import com.creditdesk.model.report.Report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

/** Builds a report from the database and writes it to a file. */
public final class ReportService {

    /** Two scenarios side by side fill a landscape page; a third would not fit. */
    public static final int MAX_SCENARIOS = 2;

    private final DSLContext dsl;
    private final LedgerService ledger;
    private final DeadlineService deadlines;
    private final Messages messages;

    /** @param dsl the same database, for the scenarios and the evidence tables */
    public ReportService(DSLContext dsl, LedgerService ledger, DeadlineService deadlines, Messages messages) {
        this.dsl = dsl;
        this.ledger = ledger;
        this.deadlines = deadlines;
        this.messages = messages;
    }

    public Report build(ReportRequest request) {
        Campaign campaign = campaign(request.campaignId());
        if (request.kind() == ReportKind.SCORE_SHEET) {
            IndicatorSystem system = system(request.systemCode());
            return new ScoreSheetBuilder(messages).build(campaign, system,
                    scored(campaign.id(), system, request.scenarioNames()), request.today());
        }
        Unit unit = request.unitName() == null || request.unitName().isBlank() ? null : unit(request.unitName());
        List<Task> tasks = ledger.tasks(campaign.id());
        return switch (request.kind()) {
            case LEDGER -> new LedgerReportBuilder(messages).build(campaign, tasks, unit, request.today());
            case UNIT_CHECKLIST -> new UnitChecklistBuilder(messages).build(campaign, tasks,
                    deadlines.items(campaign.id(), request.today()),
                    unit != null ? List.of(unit) : unitsWithTasks(campaign.id()), request.today());
            case DUE -> new DueListBuilder(messages).build(campaign, deadlines.items(campaign.id(), request.today()),
                    unit == null ? null : unit.name(), request.today());
            case EVIDENCE_INDEX -> new EvidenceIndexBuilder(messages).build(campaign,
                    new EvidenceQueries(dsl).byOwner(campaign.id()), unit, request.today());
            case SCORE_SHEET -> throw new IllegalStateException("built above");
        };
    }

    /** A built-in indicator system by its code (as the systems command lists it). */
    public static IndicatorSystem system(String code) {
        if (code == null || code.isBlank()) {
            throw new UserFacingException("report.error.noSystem");
        }
        return BuiltinIndicatorSystems.find(code.strip())
                .orElseThrow(() -> new UserFacingException("scoring.system.notFound", code.strip()));
    }

    /** The campaign's saved scenarios of a system, in the order they were created. */
    public List<Scenario> scenarios(long campaignId, String systemCode) {
        return new ScenarioRepository(dsl).list(campaignId, systemCode);
    }

    private List<ScoredScenario> scored(long campaignId, IndicatorSystem system, List<String> names) {
        if (names.size() > MAX_SCENARIOS) {
            throw new UserFacingException("report.error.tooManyScenarios", MAX_SCENARIOS, names.size());
        }
        List<Scenario> saved = scenarios(campaignId, system.code());
        ScenarioRepository repository = new ScenarioRepository(dsl);
        List<ScoredScenario> scored = new ArrayList<>();
        for (String name : names) {
            Scenario scenario = saved.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new UserFacingException("report.error.unknownScenario", name, system.code(),
                            saved.isEmpty() ? messages.get("report.error.noScenarios")
                                    : saved.stream().map(Scenario::name).collect(Collectors.joining("、"))));
            var values = repository.values(scenario.id());
            scored.add(new ScoredScenario(scenario.name(), values, new ScoreCalculator().evaluate(system, values)));
        }
        return scored;
    }

    /** Writes the report to {@code file}, replacing it only once the new file is complete. */
    public Path export(ReportRequest request, ReportFormat format, Path file) {
        Report report = build(request);
        Path absolute = file.toAbsolutePath();
        try {
            Path dir = absolute.getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            // Same folder (so the move is a rename), ordinary permissions (unlike createTempFile).
            Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".part");
            try {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    format.renderer().render(report, out);
                }
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
            return absolute;
        } catch (IOException e) {
            throw new UserFacingException(e, "report.error.write", absolute, String.valueOf(e.getMessage()));
        }
    }

    public List<Campaign> campaigns() {
        return ledger.campaigns();
    }

    /** The report laid out on A4 pages exactly as the PDF shows it (for preview and printing). */
    public List<PageLayout> pages(ReportRequest request) {
        try {
            return PdfReportRenderer.pages(build(request));
        } catch (IOException e) {
            throw new UserFacingException(e, "report.error.layout", String.valueOf(e.getMessage()));
        }
    }

    public Campaign campaign(Long campaignId) {
        List<Campaign> campaigns = ledger.campaigns();
        if (campaignId == null) {
            return campaigns.stream().findFirst().orElseThrow(() -> new UserFacingException("report.error.noCampaign"));
        }
        return campaigns.stream().filter(c -> c.id() == campaignId).findFirst()
                .orElseThrow(() -> new UserFacingException("error.campaign.notFound", campaignId));
    }

    /** A registered unit by its name or one of its aliases. */
    public Unit unit(String name) {
        String wanted = name.strip();
        return ledger.units().stream()
                .filter(u -> u.name().equals(wanted) || u.aliases().contains(wanted))
                .findFirst()
                .orElseThrow(() -> new UserFacingException("report.error.unknownUnit", wanted));
    }

    /** Units named by the campaign's tasks, the busiest first (the workload order). */
    public List<Unit> unitsWithTasks(long campaignId) {
        Map<Long, Unit> byId = ledger.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        return ledger.workload(campaignId).stream().filter(w -> w.total() > 0)
                .map(UnitWorkload::unitId).map(byId::get).filter(java.util.Objects::nonNull).toList();
    }
}
