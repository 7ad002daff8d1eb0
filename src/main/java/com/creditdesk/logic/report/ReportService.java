package com.creditdesk.logic.report;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.deadline.DeadlineService;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.ledger.LedgerService;
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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds a report from the database and writes it to a file. */
public final class ReportService {

    private final LedgerService ledger;
    private final DeadlineService deadlines;
    private final Messages messages;

    public ReportService(LedgerService ledger, DeadlineService deadlines, Messages messages) {
        this.ledger = ledger;
        this.deadlines = deadlines;
        this.messages = messages;
    }

    public Report build(ReportRequest request) {
        Campaign campaign = campaign(request.campaignId());
        Unit unit = request.unitName() == null || request.unitName().isBlank() ? null : unit(request.unitName());
        List<Task> tasks = ledger.tasks(campaign.id());
        return switch (request.kind()) {
            case LEDGER -> new LedgerReportBuilder(messages).build(campaign, tasks, unit, request.today());
            case UNIT_CHECKLIST -> new UnitChecklistBuilder(messages).build(campaign, tasks,
                    deadlines.items(campaign.id(), request.today()),
                    unit != null ? List.of(unit) : unitsWithTasks(campaign.id()), request.today());
            case DUE -> new DueListBuilder(messages).build(campaign, deadlines.items(campaign.id(), request.today()),
                    unit == null ? null : unit.name(), request.today());
        };
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
