package com.creditdesk.logic.importer;

import com.creditdesk.logic.Hashing;
import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.ledger.CampaignRepository;
import com.creditdesk.logic.ledger.TaskRepository;
import com.creditdesk.logic.ledger.UnitRepository;
import com.creditdesk.logic.user.AccessScope;
import com.creditdesk.model.importer.ExistingCampaign;
import com.creditdesk.model.importer.ImportOptions;
import com.creditdesk.model.importer.ImportPreview;
import com.creditdesk.model.importer.ImportResult;
import com.creditdesk.model.importer.ImportedNode;
import com.creditdesk.model.importer.SourceRef;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.CampaignLevel;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskDraft;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.creditdesk.logic.db.generated.Tables.CAMPAIGN;
import static com.creditdesk.logic.db.generated.Tables.TASK;

/**
 * Writes an {@link ImportPreview} into the database in one transaction: the campaign (with the
 * file's name and SHA-256), the task tree with its units, the indicators with their evidence
 * requirements, and one IMPORT audit entry. Any failure rolls everything back. A file imported
 * before is refused, updated in place (statuses and progress notes kept where 序号 and title
 * match) or imported as a new campaign, as {@link ImportOptions#onExisting()} says.
 */
public final class DatabaseImportWriter implements ImportWriter {

    private final DSLContext dsl;
    private final AccessScope scope;
    private final String actor;

    public DatabaseImportWriter(DSLContext dsl, String actor) {
        this(dsl, AccessScope.owner(actor));
    }

    /** Imports as a logged-in user: a county user's campaigns belong to its county. */
    public DatabaseImportWriter(DSLContext dsl, AccessScope scope) {
        this.dsl = dsl;
        this.scope = scope;
        this.actor = scope.actor();
    }

    @Override
    public Optional<Long> findCampaignBySha256(String sha256) {
        return findCampaign(dsl, sha256);
    }

    private Optional<Long> findCampaign(DSLContext ctx, String sha256) {
        if (sha256 == null) {
            return Optional.empty();
        }
        return ctx.select(CAMPAIGN.ID).from(CAMPAIGN).where(CAMPAIGN.SOURCE_SHA256.eq(sha256).and(scope.campaigns()))
                .orderBy(CAMPAIGN.ID.desc()).limit(1).fetchOptional(CAMPAIGN.ID);
    }

    @Override
    public ImportResult write(ImportPreview preview, ImportOptions options) {
        String sha256 = options.sourceFile() == null ? null : sha256(options.sourceFile());
        String sourceFile = options.sourceFile() == null ? preview.fileName()
                : options.sourceFile().toAbsolutePath().toString();
        scope.requireWrite();
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            Optional<Long> existing = findCampaign(tx, sha256);
            if (existing.isPresent() && options.onExisting() == ExistingCampaign.REFUSE) {
                throw new UserFacingException("error.import.alreadyImported", preview.fileName(), existing.get());
            }
            boolean update = existing.isPresent() && options.onExisting() == ExistingCampaign.UPDATE;
            Map<String, Task> previous = new HashMap<>();
            Map<Long, String> uuids = new HashMap<>();
            long campaignId;
            if (update) {
                campaignId = existing.get();
                new TaskRepository(tx, scope).findByCampaign(campaignId).forEach(t -> previous.putIfAbsent(matchKey(t.seqLabel(), t.title()), t));
                // A task keeps its stable id (报送包 exchange) when the re-import matches it.
                uuids.putAll(tx.select(TASK.ID, TASK.UUID).from(TASK).where(TASK.CAMPAIGN_ID.eq(campaignId).and(TASK.UUID.isNotNull()))
                        .fetchMap(TASK.ID, TASK.UUID));
                tx.deleteFrom(TASK).where(TASK.CAMPAIGN_ID.eq(campaignId)).execute();
                IndicatorImportWriter.deleteFor(tx, campaignId);
                tx.update(CAMPAIGN).set(CAMPAIGN.SOURCE_FILE, clip(sourceFile, 1000)).where(CAMPAIGN.ID.eq(campaignId)).execute();
            } else {
                campaignId = new CampaignRepository(tx, scope).insert(new Campaign(0, clip(campaignName(preview), 500),
                        CampaignLevel.NATIONAL, null, null, null, null, null, null), clip(sourceFile, 1000), sha256);
            }
            ImportUnitResolver units = new ImportUnitResolver(new UnitRepository(tx));
            TaskTreeWriter tasks = new TaskTreeWriter(new TaskRepository(tx, scope), units, campaignId, preview.fileName(), previous,
                    (newId, before) -> {
                        String uuid = uuids.remove(before.id());
                        if (uuid != null) {
                            tx.update(TASK).set(TASK.UUID, uuid).where(TASK.ID.eq(newId)).execute();
                        }
                    });
            tasks.write(null, preview.tasks());
            IndicatorImportWriter indicators = new IndicatorImportWriter(tx, units);
            indicators.write(campaignId, preview);
            String source = clip("import of " + preview.fileName() + " sha256 " + sha256, 1000);
            AuditLog audit = new AuditLog(tx);
            audit.record(actor, AuditAction.IMPORT, "campaign", campaignId, null, null,
                    update ? "update" : campaignName(preview), source);
            units.createdUnits().forEach((id, name) -> audit.record(actor, AuditAction.INSERT, "unit", id, "name", null, name, source));
            return new ImportResult(campaignId, tasks.rows(), indicators.indicatorRows(), units.referencedCount(),
                    units.createdCount(), preview.warnings().size(), update);
        });
    }

    /**
     * The campaign's name: the notice's title from the title paragraphs (附件 labels, 文号 and
     * date lines left out; a title wrapped over several lines, e.g. with its 《》 still open, is
     * joined back), else the first table title that is not a default sheet name, else the file name.
     */
    static String campaignName(ImportPreview preview) {
        List<String> lines = preview.titleParagraphs().stream()
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .filter(p -> !p.matches("^附件\\s*[0-9０-９一二三四五六七八九十]*[：:]?$"))
                .filter(p -> !p.matches(".*[〔\\[［(（]\\s*\\d{4}\\s*[〕\\]］)）]\\s*\\d+\\s*号$"))
                .filter(p -> !p.matches("^\\d{4}\\s*年\\s*\\d{1,2}\\s*月(\\s*\\d{1,2}\\s*日)?$"))
                .toList();
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            if (lines.get(i).startsWith("关于") || lines.get(i).contains("《")) {
                start = i;
            }
        }
        if (start >= 0) {
            StringBuilder title = new StringBuilder(lines.get(start));
            for (int i = start + 1; i < lines.size() && (unclosed(title) || !title.toString().matches(".*(通知|方案|意见|办法|计划|决定|函|清单|表)$")); i++) {
                title.append(lines.get(i));
            }
            return title.toString();
        }
        Optional<String> longest = lines.stream().reduce((a, b) -> b.length() > a.length() ? b : a);
        if (longest.isPresent()) {
            return longest.get();
        }
        return preview.tables().stream().map(t -> t.title() == null ? "" : t.title().strip())
                .filter(t -> !t.isEmpty() && !t.matches("(?i)^(sheet|工作表)\\s*\\d*$"))
                .findFirst().orElseGet(() -> stripExtension(preview.fileName()));
    }

    private static boolean unclosed(CharSequence text) {
        return text.chars().filter(c -> c == '《').count() > text.chars().filter(c -> c == '》').count();
    }

    private static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    static String matchKey(String seqLabel, String title) {
        return (seqLabel == null ? "" : seqLabel.strip()) + "\u0000" + (title == null ? "" : title.strip());
    }

    /** SHA-256 of the file's bytes, lower-case hex. */
    public static String sha256(Path file) {
        try {
            return Hashing.sha256(file);
        } catch (IOException e) {
            throw new UserFacingException(e, "error.import.readFailed", file.getFileName(), e.getMessage());
        }
    }

    static String firstNonBlank(String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                return text.strip();
            }
        }
        return "—";
    }

    static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** The task tree in notice order; sort_order counts over the whole campaign. */
    private static final class TaskTreeWriter {

        private final TaskRepository tasks;
        private final ImportUnitResolver units;
        private final long campaignId;
        private final String fileName;
        private final Map<String, Task> previous;
        private final java.util.function.BiConsumer<Long, Task> onMatched;
        private int order;

        TaskTreeWriter(TaskRepository tasks, ImportUnitResolver units, long campaignId, String fileName,
                       Map<String, Task> previous, java.util.function.BiConsumer<Long, Task> onMatched) {
            this.tasks = tasks;
            this.units = units;
            this.campaignId = campaignId;
            this.fileName = fileName;
            this.previous = previous;
            this.onMatched = onMatched;
        }

        void write(Long parentId, List<ImportedNode> nodes) {
            for (ImportedNode node : nodes) {
                String title = storedTitle(node);
                long id = tasks.insert(new TaskDraft(campaignId, parentId, node.kind(), clip(node.seqLabel(), 50),
                        clip(title, 2000), node.content(), node.deliverable(), node.unitsText(), null,
                        clip(node.deadlineText(), 1000), clip(sourceRef(node.source()), 500)), order++);
                tasks.replaceUnits(id, units.resolve(node.units()));
                Task before = previous.get(matchKey(node.seqLabel(), title));
                if (before != null) {
                    tasks.updateTracking(id, 0, clip(title, 2000), before.status(), before.progressNote());
                    onMatched.accept(id, before);
                }
                write(id, node.children());
            }
        }

        /**
         * The title without the 序号 the notice writes in front of it (（一）制定… → 制定…): the label
         * is stored in seq_label, so label + title is still the text as written.
         */
        private static String storedTitle(ImportedNode node) {
            String title = node.title() == null ? "" : node.title().strip();
            String label = node.seqLabel() == null ? "" : node.seqLabel().strip();
            if (!label.isEmpty() && title.startsWith(label) && title.length() > label.length()) {
                title = title.substring(label.length()).strip();
            }
            // A milestone is named by its 成果形式: the title column must not be empty.
            if (title.isEmpty()) {
                title = firstNonBlank(node.content(), node.deliverable(), label);
            }
            return title;
        }

        private String sourceRef(SourceRef ref) {
            if (ref == null) {
                return fileName;
            }
            return ref.inBody() ? fileName + " / body ¶" + (ref.row() + 1)
                    : fileName + " / table " + (ref.tableIndex() + 1) + " / row " + ref.row();
        }

        int rows() {
            return order;
        }
    }
}
