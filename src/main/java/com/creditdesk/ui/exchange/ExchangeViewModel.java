package com.creditdesk.ui.exchange;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.exchange.ConflictService;
import com.creditdesk.logic.exchange.PackageExporter;
import com.creditdesk.logic.exchange.PackageFormat;
import com.creditdesk.logic.exchange.PackageReceiver;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.exchange.EntityCounts;
import com.creditdesk.model.exchange.PackageManifest;
import com.creditdesk.model.exchange.ReceiveReport;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.TaskExecutor;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jooq.DSLContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * 导出报送包 / 接收报送包 from the 文件 menu: the work in the background (one step per package in
 * the status bar), the outcome as a summary in the user's language.
 */
public final class ExchangeViewModel {

    /** What a receive did: one line per package, and whether conflicts wait for the coordinator. */
    public record ReceiveSummary(String text, int openConflicts, boolean anyRefused) {
    }

    private final DSLContext dsl;
    private final Path filesDirectory;
    private final String actor;
    private final TaskExecutor executor;
    private final Messages messages;
    private final StringProperty message = new SimpleStringProperty("");

    public ExchangeViewModel(DSLContext dsl, Path filesDirectory, String actor, TaskExecutor executor, Messages messages) {
        this.dsl = dsl;
        this.filesDirectory = filesDirectory;
        this.actor = actor;
        this.executor = executor;
        this.messages = messages;
    }

    /** Exports the package; {@code key} blank for an unsigned one. */
    public void export(Path out, String key, Consumer<String> onDone) {
        executor.execute(BackgroundTask.of(messages.get("exchange.export.running"),
                        () -> new PackageExporter(dsl, filesDirectory).export(out, PackageFormat.key(key)))
                .onSuccess((PackageManifest manifest) -> {
                    String text = messages.get("exchange.export.done", out, manifest.countyName(), manifest.parts().size() - 1,
                            messages.get(PackageFormat.key(key) != null ? "exchange.export.signed" : "exchange.export.unsigned"));
                    message.set(text);
                    onDone.accept(text);
                })
                .onFailure(e -> {
                    message.set(messages.describe(e));
                    onDone.accept(messages.describe(e));
                }));
    }

    /** Receives the packages one after the other, each in its own transaction; a refused one does not stop the rest. */
    public void receive(List<Path> files, String key, Consumer<ReceiveSummary> onDone) {
        executor.execute(BackgroundTask.withProgress(messages.get("exchange.receive.running"), progress -> {
                    PackageReceiver receiver = new PackageReceiver(dsl, filesDirectory, actor);
                    List<String> lines = new ArrayList<>();
                    boolean refused = false;
                    for (int i = 0; i < files.size(); i++) {
                        Path file = files.get(i);
                        progress.update(i, files.size(), messages.get("exchange.receive.progress", i + 1, files.size(), file.getFileName()));
                        try {
                            lines.add(describe(receiver.receive(file, PackageFormat.key(key))));
                        } catch (UserFacingException e) {
                            lines.add(e.localizedMessage(messages));
                            refused = true;
                        }
                    }
                    progress.update(files.size(), files.size(), messages.get("exchange.receive.running"));
                    return new ReceiveSummary(String.join("\n\n", lines), new ConflictService(dsl, actor).open().size(), refused);
                })
                .onSuccess(summary -> {
                    message.set(summary.text());
                    onDone.accept(summary);
                })
                .onFailure(e -> {
                    message.set(messages.describe(e));
                    onDone.accept(new ReceiveSummary(messages.describe(e), 0, true));
                }));
    }

    private String describe(ReceiveReport report) {
        EntityCounts tasks = report.countsOf("task");
        EntityCounts items = report.countsOf("evidence_item");
        return messages.get("exchange.receive.report", report.file(), report.countyName(), report.countyCode(),
                tasks.added(), tasks.updated(), tasks.unchanged(), tasks.removed(), report.conflicts().size(),
                items.added() + items.updated(), report.filesAdded());
    }

    public StringProperty messageProperty() {
        return message;
    }
}
