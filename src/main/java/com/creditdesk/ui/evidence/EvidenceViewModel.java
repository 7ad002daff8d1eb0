package com.creditdesk.ui.evidence;

import com.creditdesk.logic.evidence.EvidenceQueries;
import com.creditdesk.logic.evidence.EvidenceService;
import com.creditdesk.logic.evidence.EvidenceSettings;
import org.jooq.DSLContext;
import com.creditdesk.logic.evidence.RequirementOwners;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.evidence.CellState;
import com.creditdesk.model.evidence.RequirementDraft;
import com.creditdesk.model.evidence.RequirementGroup;
import com.creditdesk.model.evidence.RequirementGroup.GroupBy;
import com.creditdesk.model.evidence.RequirementOverview;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.ui.AppServices;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TreeItem;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * 佐证材料: the requirements of the campaign chosen in the ledger, grouped by indicator/task or by
 * unit, filtered by free text; the selected one in the detail pane; the completeness matrix beside.
 * All database and file work goes through the {@link TaskExecutor}.
 */
public final class EvidenceViewModel {

    /** Built on first use, in the background: the store's size limit is read from the database. */
    private final Supplier<EvidenceService> service;
    private final EvidenceQueries queries;
    private final RequirementOwners owners;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ReadOnlyObjectProperty<Campaign> campaign;

    private final ObjectProperty<GroupBy> groupBy = new SimpleObjectProperty<>(GroupBy.INDICATOR);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<TreeItem<EvidenceRow>> root = new ReadOnlyObjectWrapper<>(new TreeItem<>());
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final RequirementDetailViewModel detail;
    private final MatrixViewModel matrix;
    private List<RequirementGroup> groups = List.of();
    private Runnable onRequirementOpened = () -> { };
    private EvidenceToolsViewModel tools;
    /** Loaded once shown: until then a campaign change costs nothing. */
    private boolean active;

    public EvidenceViewModel(Supplier<EvidenceService> service, EvidenceQueries queries, RequirementOwners owners,
                             TaskExecutor executor, Messages messages, ReadOnlyObjectProperty<Campaign> campaign,
                             SystemViewer viewer, Path viewingDirectory) {
        this.service = service;
        this.queries = queries;
        this.owners = owners;
        this.executor = executor;
        this.messages = messages;
        this.campaign = campaign;
        this.detail = new RequirementDetailViewModel(service, executor, messages, viewer, viewingDirectory, this::reload);
        this.matrix = new MatrixViewModel(queries, executor, messages, campaign, this::openRequirement);
        groupBy.addListener((obs, old, now) -> load());
        filterText.addListener((obs, old, now) -> rebuildTree());
        campaign.addListener((obs, old, now) -> {
            detail.show(null);
            if (active) {
                load();
            }
        });
    }

    /** The screen of the running app: files in the store beside the database, viewing copies in a temp folder. */
    public static EvidenceViewModel create(AppServices services, ReadOnlyObjectProperty<Campaign> campaign) {
        DSLContext dsl = services.database().dsl();
        // Files of an encrypted database are stored encrypted with a key from its password; a
        // server database keeps them in its own table.
        Supplier<EvidenceService> service = Lazily.of(() -> new EvidenceService(dsl, services.ledger().scope(),
                EvidenceSettings.store(services.database(), services.database().filePassword().orElse(null))));
        Path viewing = Path.of(System.getProperty("java.io.tmpdir"), "credit-desk-" + ProcessHandle.current().pid());
        EvidenceViewModel vm = new EvidenceViewModel(service, new EvidenceQueries(dsl, services.ledger().scope()),
                new RequirementOwners(dsl),
                services.executor(), services.messages(), campaign, SystemViewer.desktop(), viewing);
        vm.tools = new EvidenceToolsViewModel(dsl, () -> service.get().store(), services.executor(), services.messages(),
                campaign);
        return vm;
    }

    /** Loads the checklist (and the matrix) of the current campaign. */
    public void load() {
        active = true;
        reload(null);
    }

    /** Reloads, then shows requirement {@code selectId} (the one shown stays when null). */
    public void reload(Long selectId) {
        Campaign current = campaign.get();
        if (current == null) {
            groups = List.of();
            rebuildTree();
            return;
        }
        GroupBy by = groupBy.get();
        executor.execute(BackgroundTask.of(messages.get("evidence.ui.task.load"),
                        () -> by == GroupBy.UNIT ? queries.byUnit(current.id()) : queries.byOwner(current.id()))
                .onSuccess(loaded -> {
                    groups = List.copyOf(loaded);
                    errorMessage.set("");
                    rebuildTree();
                    Long shown = selectId != null ? selectId
                            : detail.overviewProperty().get() == null ? null : detail.overviewProperty().get().requirement().id();
                    detail.show(shown == null ? null : find(shown).orElse(null));
                })
                .onFailure(this::showError));
        matrix.load();
    }

    /** Shows a requirement in the detail pane and, when {@code unitId} is given, that unit's delivery. */
    public void openRequirement(long requirementId, Long unitId) {
        Optional<RequirementOverview> found = find(requirementId);
        if (found.isPresent() && !filterText.get().isBlank()
                && root.get().getChildren().stream().flatMap(g -> g.getChildren().stream())
                .noneMatch(i -> i.getValue().requirement().id() == requirementId)) {
            filterText.set("");
        }
        found.ifPresent(o -> {
            detail.show(o, unitId);
            onRequirementOpened.run();
        });
    }

    /** Told when a requirement is opened from elsewhere (a matrix cell), e.g. to show the checklist. */
    public void setOnRequirementOpened(Runnable action) {
        this.onRequirementOpened = action;
    }

    public Optional<RequirementOverview> find(long requirementId) {
        return groups.stream().flatMap(g -> g.requirements().stream())
                .filter(o -> o.requirement().id() == requirementId).findFirst();
    }

    void rebuildTree() {
        TreeItem<EvidenceRow> newRoot = new TreeItem<>();
        String needle = filterText.get() == null ? "" : filterText.get().strip();
        Map<Long, RequirementOverview> distinct = new LinkedHashMap<>();
        for (RequirementGroup group : groups) {
            String heading = group.heading() == null || group.heading().isBlank()
                    ? messages.get(group.by() == GroupBy.UNIT ? "evidence.ui.group.noUnit" : "evidence.ui.group.noOwner")
                    : group.heading();
            TreeItem<EvidenceRow> groupItem = new TreeItem<>(EvidenceRow.heading(heading));
            groupItem.setExpanded(true);
            Long unitId = group.by() == GroupBy.UNIT ? group.ownerId() : null;
            for (RequirementOverview overview : group.requirements()) {
                EvidenceRow row = EvidenceRow.requirement(overview, unitId);
                distinct.put(overview.requirement().id(), overview);
                if (needle.isEmpty() || heading.contains(needle) || row.containsText(needle)) {
                    groupItem.getChildren().add(new TreeItem<>(row));
                }
            }
            if (!groupItem.getChildren().isEmpty()) {
                newRoot.getChildren().add(groupItem);
            }
        }
        root.set(newRoot);
        summary.set(summarize(distinct.values().stream().toList()));
    }

    private String summarize(List<RequirementOverview> overviews) {
        Map<CellState, Integer> counts = new EnumMap<>(CellState.class);
        for (CellState state : CellState.values()) {
            counts.put(state, 0);
        }
        overviews.forEach(o -> counts.merge(o.state(), 1, Integer::sum));
        return messages.get("evidence.ui.summary", overviews.size(), counts.get(CellState.ACCEPTED),
                counts.get(CellState.SUBMITTED), counts.get(CellState.RETURNED), counts.get(CellState.MISSING));
    }

    /** Loads what the requirement form offers (indicators, tasks, units), then hands it to {@code open}. */
    public void withRequirementChoices(Consumer<RequirementDialog.Choices> open) {
        Campaign current = campaign.get();
        if (current == null) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.get("evidence.ui.task.choices"), () ->
                        new RequirementDialog.Choices(current.id(), owners.owners(current.id()), owners.units()))
                .onSuccess(open)
                .onFailure(this::showError));
    }

    /** Saves a requirement typed by hand: new when {@code editing} is null, else replaces its fields. */
    public void saveRequirement(RequirementOverview editing, RequirementDraft draft) {
        executor.execute(BackgroundTask.of(messages.get("evidence.ui.task.saveRequirement"), () -> {
                    if (editing == null) {
                        return service.get().createRequirement(draft);
                    }
                    service.get().updateRequirement(editing.requirement().id(), editing.requirement().version(), draft);
                    return editing.requirement().id();
                })
                .onSuccess(this::reload)
                .onFailure(this::showError));
    }

    public void deleteRequirement(long requirementId) {
        executor.execute(BackgroundTask.of(messages.get("evidence.ui.task.saveRequirement"), () -> {
                    service.get().deleteRequirement(requirementId);
                    return requirementId;
                })
                .onSuccess(id -> {
                    detail.show(null);
                    reload(null);
                })
                .onFailure(this::showError));
    }

    /** Number of requirement lines the filter shows (a requirement owed by two units counts twice by unit). */
    public int visibleRequirementCount() {
        return root.get().getChildren().stream().mapToInt(g -> g.getChildren().size()).sum();
    }

    private void showError(Throwable error) {
        errorMessage.set(messages.describe(error));
    }

    public ReadOnlyObjectProperty<Campaign> campaignProperty() {
        return campaign;
    }

    public ObjectProperty<GroupBy> groupByProperty() {
        return groupBy;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ReadOnlyObjectProperty<TreeItem<EvidenceRow>> rootProperty() {
        return root.getReadOnlyProperty();
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty errorMessageProperty() {
        return errorMessage;
    }

    public RequirementDetailViewModel detail() {
        return detail;
    }

    /** 工具 → 完整性检查 / 导出佐证材料汇编 (null when built without a database file, as in tests). */
    public EvidenceToolsViewModel tools() {
        return tools;
    }

    public MatrixViewModel matrix() {
        return matrix;
    }
}
