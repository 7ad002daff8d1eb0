package com.creditdesk.ui.evidence;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.evidence.BinderExporter;
import com.creditdesk.logic.evidence.EvidenceLabels;
import com.creditdesk.logic.evidence.FileStore;
import com.creditdesk.logic.evidence.IntegrityChecker;
import com.creditdesk.logic.evidence.Sizes;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.evidence.BinderResult;
import com.creditdesk.model.evidence.IntegrityProblem;
import com.creditdesk.model.evidence.IntegrityReport;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.TaskExecutor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.concurrent.Worker;
import org.jooq.DSLContext;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * 工具 → 完整性检查 (re-hash every stored file, check the evidence rows) and 导出佐证材料汇编 (the
 * assessors' binder of accepted files), both in the background with progress.
 */
public final class EvidenceToolsViewModel {

    private final DSLContext dsl;
    private final Supplier<FileStore> store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ReadOnlyObjectProperty<Campaign> campaign;

    EvidenceToolsViewModel(DSLContext dsl, Supplier<FileStore> store, TaskExecutor executor, Messages messages,
                           ReadOnlyObjectProperty<Campaign> campaign) {
        this.dsl = dsl;
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.campaign = campaign;
    }

    /** Runs the check; {@code started} gets the running work (for a progress dialog), {@code done} the report's lines. */
    public void checkIntegrity(Consumer<Worker<?>> started, Consumer<CheckResult> done, Consumer<String> failed) {
        executor.execute(BackgroundTask.withProgress(messages.get("evidence.ui.tools.checking"), progress ->
                        new IntegrityChecker(dsl, store.get()).check((checked, total) -> progress.update(checked, total,
                                messages.get("evidence.ui.tools.checkProgress", checked, Math.max(total, checked)))))
                .onStarted(started)
                .onSuccess(report -> done.accept(describe(report)))
                .onFailure(error -> failed.accept(messages.describe(error))));
    }

    /** What the check found, as the result list shows it. */
    public record CheckResult(boolean ok, String summary, List<String> problems) {
    }

    CheckResult describe(IntegrityReport report) {
        List<String> lines = report.problems().stream().map(this::describe).toList();
        String summary = report.ok() ? messages.get("evidence.ui.tools.checkOk", report.filesChecked())
                : messages.get("evidence.ui.tools.checkProblems", report.filesChecked(), lines.size());
        return new CheckResult(report.ok(), summary, lines);
    }

    private String describe(IntegrityProblem problem) {
        return messages.get(EvidenceLabels.key(problem.kind()), problem.subject(), problem.detail());
    }

    /** Exports the current campaign's binder to a folder or a .zip; {@code done} gets the sentence to show. */
    public void exportBinder(Path out, Consumer<Worker<?>> started, Consumer<String> done, Consumer<String> failed) {
        Campaign current = campaign.get();
        if (current == null) {
            failed.accept(messages.describe(new UserFacingException("evidence.ui.tools.noCampaign")));
            return;
        }
        executor.execute(BackgroundTask.withProgress(messages.get("evidence.ui.tools.exporting"), progress ->
                        new BinderExporter(dsl, store.get()).export(current.id(), out, (copied, total) -> progress.update(
                                copied, Math.max(total, copied), messages.get("evidence.ui.tools.exportProgress",
                                        Sizes.human(copied), Sizes.human(Math.max(total, copied))))))
                .onStarted(started)
                .onSuccess(result -> done.accept(exported(result)))
                .onFailure(error -> failed.accept(messages.describe(error))));
    }

    private String exported(BinderResult result) {
        return messages.get(result.zip() ? "evidence.ui.tools.exportedZip" : "evidence.ui.tools.exportedFolder",
                result.files(), Sizes.human(result.bytes()), result.output(), BinderExporter.INDEX, BinderExporter.MANIFEST);
    }

    public ReadOnlyObjectProperty<Campaign> campaignProperty() {
        return campaign;
    }
}
