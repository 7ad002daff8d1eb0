package com.creditdesk.ui.evidence;

import com.creditdesk.logic.evidence.EvidenceService;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.evidence.Delivery;
import com.creditdesk.model.evidence.EvidenceItem;
import com.creditdesk.model.evidence.EvidenceStatus;
import com.creditdesk.model.evidence.RequirementOverview;
import com.creditdesk.model.evidence.ReviewEvent;
import com.creditdesk.model.evidence.StoredFile;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Worker;
import javafx.scene.image.Image;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The detail pane of one requirement: what each unit delivered, the files of the chosen delivery
 * with a preview, the review buttons (提交 / 审核通过 / 退回 / 重新提交 / 撤回) and the history.
 */
public final class RequirementDetailViewModel {

    /** Built on first use, in the background: the store's size limit is read from the database. */
    private final Supplier<EvidenceService> service;
    private final TaskExecutor executor;
    private final Messages messages;
    private final SystemViewer viewer;
    private final Path viewingDirectory;
    private final Consumer<Long> reload;

    private final ObjectProperty<RequirementOverview> overview = new SimpleObjectProperty<>();
    private final ObservableList<EvidenceItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<EvidenceItem> selectedItem = new SimpleObjectProperty<>();
    private final ObservableList<StoredFile> files = FXCollections.observableArrayList();
    private final ObjectProperty<StoredFile> selectedFile = new SimpleObjectProperty<>();
    private final ObservableList<ReviewEvent> history = FXCollections.observableArrayList();
    private final ObjectProperty<Image> preview = new SimpleObjectProperty<>();
    private final StringProperty previewMessage = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<Worker<?>> copies = FXCollections.observableArrayList();
    /** The unit whose delivery to select once the requirement shows (from a matrix cell). */
    private final ObjectProperty<Long> focusUnit = new SimpleObjectProperty<>();
    private Long focusItemId;

    RequirementDetailViewModel(Supplier<EvidenceService> service, TaskExecutor executor, Messages messages, SystemViewer viewer,
                               Path viewingDirectory, Consumer<Long> reload) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.viewer = viewer;
        this.viewingDirectory = viewingDirectory;
        this.reload = reload;
        selectedItem.addListener((obs, old, item) -> itemChosen(old, item));
        selectedFile.addListener((obs, old, file) -> renderPreview(file));
    }

    /** Shows a requirement (null: none), keeping the chosen delivery when it is still there. */
    public void show(RequirementOverview shown) {
        show(shown, null);
    }

    /** Shows a requirement with the delivery of {@code unitId} chosen (the unit is remembered when it has none yet). */
    public void show(RequirementOverview shown, Long unitId) {
        RequirementOverview previous = overview.get();
        boolean sameRequirement = previous != null && shown != null && previous.requirement().id() == shown.requirement().id();
        Long keepItem = focusItemId != null ? focusItemId
                : sameRequirement && selectedItem.get() != null ? Long.valueOf(selectedItem.get().id()) : null;
        focusItemId = null;
        if (!sameRequirement) {
            message.set("");
            focusUnit.set(null);
        }
        if (unitId != null) {
            focusUnit.set(unitId);
            keepItem = null;
        }
        overview.set(shown);
        items.setAll(shown == null ? List.of() : shown.items());
        EvidenceItem next = null;
        for (EvidenceItem item : items) {
            if (keepItem != null ? item.id() == keepItem : unitId != null && Objects.equals(item.unitId(), unitId)) {
                next = item;
            }
        }
        if (next == null && unitId == null && keepItem == null && !items.isEmpty()) {
            next = items.get(0);
        }
        selectedItem.set(next);
    }

    private void itemChosen(EvidenceItem old, EvidenceItem item) {
        StoredFile file = selectedFile.get();
        files.setAll(item == null ? List.of() : item.files());
        if (item != null && item.unitId() != null) {
            focusUnit.set(item.unitId());
        }
        selectedFile.set(file == null ? (files.isEmpty() ? null : files.get(0))
                : files.stream().filter(f -> f.id() == file.id()).findFirst().orElse(files.isEmpty() ? null : files.get(0)));
        if (item == null) {
            history.clear();
            return;
        }
        if (old != null && old.id() == item.id() && old.version() == item.version()) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.get("evidence.ui.task.history"), () -> service.get().history(item.id()))
                .onSuccess(events -> {
                    if (selectedItem.get() != null && selectedItem.get().id() == item.id()) {
                        history.setAll(events);
                    }
                })
                .onFailure(this::showError));
    }

    // ---- review ----

    public void submit() {
        transition(EvidenceStatus.SUBMITTED, null, "evidence.ui.done.submitted");
    }

    public void resubmit() {
        transition(EvidenceStatus.SUBMITTED, null, "evidence.ui.done.resubmitted");
    }

    public void accept() {
        transition(EvidenceStatus.ACCEPTED, null, "evidence.ui.done.accepted");
    }

    /** 退回 with the reason the unit is told; a blank reason is refused before anything is saved. */
    public void returnItem(String reason) {
        if (reason == null || reason.isBlank()) {
            message.set(messages.get("evidence.ui.return.reasonRequired"));
            return;
        }
        transition(EvidenceStatus.RETURNED, reason.strip(), "evidence.ui.done.returned");
    }

    /** 撤回: a delivery marked 已提交 by mistake goes back to 待提交. */
    public void withdraw() {
        transition(EvidenceStatus.PENDING, null, "evidence.ui.done.withdrawn");
    }

    private void transition(EvidenceStatus to, String reason, String doneKey) {
        EvidenceItem item = selectedItem.get();
        if (item == null) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.get("evidence.ui.task.review"),
                        () -> service.get().review(item.id(), item.version(), to, reason))
                .onSuccess(saved -> {
                    message.set(messages.get(doneKey, unitName(saved)));
                    focusItemId = saved.id();
                    reload.accept(saved.requirementId());
                })
                .onFailure(this::showError));
    }

    private String unitName(EvidenceItem item) {
        return item.unitName() == null ? messages.get("evidence.ui.item.noUnit") : item.unitName();
    }

    private BooleanBinding statusIs(EvidenceStatus... statuses) {
        return Bindings.createBooleanBinding(() -> selectedItem.get() != null
                && List.of(statuses).contains(selectedItem.get().status()), selectedItem);
    }

    public BooleanBinding canSubmit() {
        return statusIs(EvidenceStatus.PENDING);
    }

    public BooleanBinding canAccept() {
        return statusIs(EvidenceStatus.SUBMITTED);
    }

    public BooleanBinding canReturn() {
        return statusIs(EvidenceStatus.SUBMITTED, EvidenceStatus.ACCEPTED);
    }

    public BooleanBinding canResubmit() {
        return statusIs(EvidenceStatus.RETURNED);
    }

    public BooleanBinding canWithdraw() {
        return statusIs(EvidenceStatus.SUBMITTED);
    }

    // ---- files ----

    /** Copies {@code paths} into the store for {@code unitId} in the background, with progress. */
    public void attach(List<Path> paths, Long unitId, Delivery delivery) {
        RequirementOverview current = overview.get();
        if (current == null || paths.isEmpty()) {
            return;
        }
        long requirementId = current.requirement().id();
        executor.execute(BackgroundTask.withProgress(messages.get("evidence.ui.task.attach", paths.size()), progress ->
                        service.get().attach(requirementId, unitId, List.copyOf(paths), delivery,
                                new CopyProgressText(messages, paths, progress)))
                .onStarted(this::trackCopy)
                .onSuccess(item -> {
                    message.set(messages.get("evidence.ui.done.attached", paths.size(), unitName(item)));
                    focusItemId = item.id();
                    reload.accept(requirementId);
                })
                .onFailure(this::showError));
    }

    private void trackCopy(Worker<?> worker) {
        copies.add(worker);
        worker.runningProperty().addListener((obs, was, running) -> {
            if (!running && worker.getState() != Worker.State.READY) {
                copies.remove(worker);
            }
        });
    }

    /** Removes a file from the chosen delivery (the stored content stays while others use it). */
    public void detach(StoredFile file) {
        EvidenceItem item = selectedItem.get();
        if (item == null || file == null) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.get("evidence.ui.task.detach"),
                        () -> service.get().detachFile(item.id(), item.version(), file.id()))
                .onSuccess(saved -> {
                    message.set(messages.get("evidence.ui.done.detached", file.name()));
                    focusItemId = saved.id();
                    reload.accept(saved.requirementId());
                })
                .onFailure(this::showError));
    }

    /** Opens a file with the system viewer from a temporary copy named as it was delivered. */
    public void open(StoredFile file) {
        if (file == null) {
            return;
        }
        executor.execute(BackgroundTask.of(messages.get("evidence.ui.task.open", file.name()), () -> {
                    Path copy = ViewingCopies.copyOut(service.get(), file, viewingDirectory);
                    viewer.open(copy);
                    return copy;
                })
                .onFailure(this::showError));
    }

    private void renderPreview(StoredFile file) {
        preview.set(null);
        if (file == null) {
            previewMessage.set("");
            return;
        }
        if (!PreviewRenderer.canPreview(file.name())) {
            previewMessage.set(messages.get("evidence.ui.preview.none", file.name()));
            return;
        }
        previewMessage.set(messages.get("evidence.ui.preview.loading"));
        executor.execute(BackgroundTask.of(messages.get("evidence.ui.task.preview", file.name()), () ->
                        PreviewRenderer.render(service.get().viewablePath(file.id(), viewingDirectory.resolve("preview")), file.name()))
                .onSuccess(image -> {
                    if (Objects.equals(selectedFile.get(), file)) {
                        preview.set(image.orElse(null));
                        previewMessage.set(image.isPresent() ? "" : messages.get("evidence.ui.preview.none", file.name()));
                    }
                })
                .onFailure(error -> {
                    if (Objects.equals(selectedFile.get(), file)) {
                        previewMessage.set(messages.describe(error));
                    }
                }));
    }

    private void showError(Throwable error) {
        message.set(messages.describe(error));
    }

    public ObjectProperty<RequirementOverview> overviewProperty() {
        return overview;
    }

    public ObservableList<EvidenceItem> items() {
        return items;
    }

    public ObjectProperty<EvidenceItem> selectedItemProperty() {
        return selectedItem;
    }

    public ObservableList<StoredFile> files() {
        return files;
    }

    public ObjectProperty<StoredFile> selectedFileProperty() {
        return selectedFile;
    }

    public ObservableList<ReviewEvent> history() {
        return history;
    }

    public ObjectProperty<Image> previewProperty() {
        return preview;
    }

    public StringProperty previewMessageProperty() {
        return previewMessage;
    }

    /** The result of the last action, or its failure in the user's language. */
    public StringProperty messageProperty() {
        return message;
    }

    /** Copies running now (their progress is shown while they run). */
    public ObservableList<Worker<?>> copies() {
        return copies;
    }

    /** The unit last chosen (from the matrix or the deliveries list): the default for new files. */
    public ObjectProperty<Long> focusUnitProperty() {
        return focusUnit;
    }
}
