package com.creditdesk.ui.importer;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.importer.DatabaseImportWriter;
import com.creditdesk.logic.importer.ImportWriter;
import com.creditdesk.logic.importer.NoticeImporter;
import com.creditdesk.logic.importer.NoticeReader;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.logic.units.UnitMatch;
import com.creditdesk.logic.units.UnitMatcher;
import com.creditdesk.model.importer.ClassifiedTable;
import com.creditdesk.model.importer.ColumnRole;
import com.creditdesk.model.importer.ExistingCampaign;
import com.creditdesk.model.importer.ImportOptions;
import com.creditdesk.model.importer.ImportPreview;
import com.creditdesk.model.importer.ImportResult;
import com.creditdesk.model.importer.ImportWarning;
import com.creditdesk.model.importer.ImportedIndicator;
import com.creditdesk.model.importer.ImportedNode;
import com.creditdesk.model.importer.SourceDocument;
import com.creditdesk.model.importer.TableKind;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The import dialog's state: the chosen file read in the background (stoppable), the preview —
 * tables with their kind and column roles (both overridable), tasks, indicators, units matched
 * against the registry, warnings — and the write, in one transaction, when the coordinator
 * confirms. Nothing is written before {@link #confirm}.
 */
public final class ImportViewModel {

    /**
     * One table of the notice as the preview shows it: its kind, each column's header text and the
     * role it is read as (recognised or chosen), and the mapping in one line.
     */
    public record TableRow(int index, String title, TableKind kind, List<String> headers, List<ColumnRole> roles,
                           String mapping) {
        public TableRow {
            headers = List.copyOf(headers);
            roles = List.copyOf(roles);
        }
    }

    /** A unit name of the notice and what it matched in the registry ({@code registryName} null when new). */
    public record UnitRow(String name, UnitMatch.Method method, String registryName) {
        public boolean isNew() {
            return method == UnitMatch.Method.NEW;
        }
    }

    /** What the background read produces: everything the preview shows. */
    private record Reading(SourceDocument document, ImportPreview preview, List<UnitRow> units, Optional<Long> earlier) {
    }

    private final LedgerService ledger;
    private final ImportWriter writer;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Consumer<ImportResult> onImported;

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<TableRow> tables = FXCollections.observableArrayList();
    private final ObservableList<ImportedIndicator> indicators = FXCollections.observableArrayList();
    private final ObservableList<UnitRow> units = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<ImportResult> result = new SimpleObjectProperty<>();
    private ImportOptions options = ImportOptions.defaults();
    private SourceDocument document;
    private Optional<Long> earlierCampaign = Optional.empty();
    /** Bumped by every read and by {@link #cancelRead}: a read whose generation is stale is dropped. */
    private int generation;

    public ImportViewModel(LedgerService ledger, ImportWriter writer, TaskExecutor executor, Messages messages,
                           Consumer<ImportResult> onImported) {
        this.ledger = ledger;
        this.writer = writer;
        this.executor = executor;
        this.messages = messages;
        this.onImported = onImported;
        status.set(messages.get("import.dialog.noFile"));
    }

    /** Reads {@code path} in the background and shows its preview. */
    public void load(Path path) {
        file.set(path);
        options = ImportOptions.defaults();
        document = null;
        read(null);
    }

    /** Re-understands the tables with {@code kind} forced for table {@code index}. */
    public void setTableKind(int index, TableKind kind) {
        if (file.get() == null) {
            return;
        }
        options = options.withTableKind(index, kind);
        read(document);
    }

    /** Re-understands the tables with column {@code column} of table {@code index} read as {@code role}. */
    public void setColumnRole(int index, int column, ColumnRole role) {
        if (file.get() == null) {
            return;
        }
        options = options.withColumnRole(index, column, role);
        read(document);
    }

    /** The choices the preview was made with; the write uses the same. */
    public ImportOptions options() {
        return options;
    }

    private void read(SourceDocument alreadyRead) {
        Path path = file.get();
        ImportOptions current = options;
        int mine = ++generation;
        busy.set(true);
        error.set("");
        result.set(null);
        status.set(messages.get("import.dialog.reading", path.getFileName()));
        executor.execute(BackgroundTask.of(messages.get("task.importRead"), () -> {
                    SourceDocument doc = alreadyRead != null ? alreadyRead : new NoticeReader(current.maxFileBytes()).read(path);
                    ImportPreview understood = new NoticeImporter().understand(doc, current);
                    UnitMatcher matcher = UnitMatcher.withBuiltInAliases(ledger.units());
                    List<UnitRow> rows = new ArrayList<>();
                    for (String name : understood.units()) {
                        UnitMatch match = matcher.match(name);
                        rows.add(new UnitRow(name, match.method(), match.isNew() ? null : match.unit().name()));
                    }
                    Optional<Long> earlier = writer.findCampaignBySha256(DatabaseImportWriter.sha256(path));
                    return new Reading(doc, understood, rows, earlier);
                })
                .onSuccess(reading -> {
                    if (mine == generation) {
                        show(reading);
                    }
                })
                .onFailure(e -> {
                    if (mine == generation) {
                        clearPreview();
                        busy.set(false);
                        status.set("");
                        error.set(describe(e));
                    }
                }));
    }

    private void show(Reading reading) {
        document = reading.document();
        earlierCampaign = reading.earlier();
        ImportPreview p = reading.preview();
        List<TableRow> rows = new ArrayList<>();
        for (ClassifiedTable table : p.tables()) {
            rows.add(new TableRow(table.index(), table.title(), table.kind(), headerLabels(table), table.roles(),
                    mapping(table)));
        }
        tables.setAll(rows);
        indicators.setAll(p.indicators());
        // New units first: they are what the coordinator should check before importing.
        units.setAll(reading.units().stream().sorted(java.util.Comparator.comparing(u -> !u.isNew())).toList());
        List<String> texts = new ArrayList<>();
        for (ImportWarning warning : p.warnings()) {
            texts.add(messages.get(warning.messageKey(), warning.args().toArray()));
        }
        warnings.setAll(texts);
        preview.set(p);
        busy.set(false);
        long newUnits = reading.units().stream().filter(UnitRow::isNew).count();
        status.set(messages.get("import.dialog.summary", p.fileName(), p.tables().size(), countNodes(p),
                p.indicators().size(), p.units().size(), newUnits, p.warnings().size()));
    }

    private String mapping(ClassifiedTable table) {
        List<String> headers = headerLabels(table);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < headers.size() && i < table.roles().size(); i++) {
            parts.add(headers.get(i) + " → " + messages.get("import.role." + table.roles().get(i).name()));
        }
        return String.join("；", parts);
    }

    private static List<String> headerLabels(ClassifiedTable table) {
        return table.headers().stream().map(h -> h == null ? "" : h.replace('\n', ' ').strip()).toList();
    }

    private static int countNodes(ImportPreview p) {
        return countNodes(p.tasks());
    }

    private static int countNodes(List<ImportedNode> nodes) {
        int n = 0;
        for (ImportedNode node : nodes) {
            n += 1 + countNodes(node.children());
        }
        return n;
    }

    /** Stops waiting for the read: its result, when it comes, is dropped. */
    public void cancelRead() {
        if (busy.get()) {
            generation++;
            busy.set(false);
            clearPreview();
            status.set(messages.get("import.dialog.readCancelled"));
        }
    }

    private void clearPreview() {
        preview.set(null);
        document = null;
        tables.clear();
        indicators.clear();
        units.clear();
        warnings.clear();
    }

    /** The campaign imported earlier from the same file (same SHA-256), if any: the dialog asks. */
    public Optional<Long> earlierCampaign() {
        return earlierCampaign;
    }

    /** Writes the preview in one transaction; {@code onExisting} matters only for a re-import. */
    public void confirm(ExistingCampaign onExisting) {
        ImportPreview current = preview.get();
        if (current == null || busy.get()) {
            return;
        }
        ImportOptions writeOptions = options.withSourceFile(file.get()).withOnExisting(onExisting);
        busy.set(true);
        status.set(messages.get("import.dialog.writing"));
        executor.execute(BackgroundTask.of(messages.get("task.importWrite"), () -> writer.write(current, writeOptions))
                .onSuccess(written -> {
                    busy.set(false);
                    result.set(written);
                    status.set(messages.get("import.dialog.done", written.campaignId(), written.tasks(),
                            written.indicators(), written.newUnits()));
                    onImported.accept(written);
                })
                .onFailure(e -> {
                    busy.set(false);
                    error.set(describe(e));
                }));
    }

    private String describe(Throwable e) {
        return messages.describe(e);
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObjectProperty<ImportPreview> previewProperty() {
        return preview;
    }

    public ObservableList<TableRow> tables() {
        return tables;
    }

    public ObservableList<ImportedIndicator> indicators() {
        return indicators;
    }

    public ObservableList<UnitRow> units() {
        return units;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObjectProperty<ImportResult> resultProperty() {
        return result;
    }
}
