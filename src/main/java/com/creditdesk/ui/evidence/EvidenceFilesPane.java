package com.creditdesk.ui.evidence;

import com.creditdesk.logic.evidence.Sizes;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.evidence.EvidenceItem;
import com.creditdesk.model.evidence.RequirementOverview;
import com.creditdesk.model.evidence.StoredFile;
import com.creditdesk.model.evidence.UnitRef;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Worker;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The files of the chosen delivery: a table, 添加文件… / 打开 / 移除, a drop zone for files from
 * the desktop, the progress of running copies, and a preview of images and a PDF's first page.
 */
final class EvidenceFilesPane extends VBox {

    /** Tall enough to read a page's layout, short enough to keep the file list in sight. */
    private static final double MAX_PREVIEW_HEIGHT = 420;

    private final RequirementDetailViewModel vm;
    private final Messages messages;
    private final EvidenceTexts texts;

    EvidenceFilesPane(RequirementDetailViewModel vm, Messages messages) {
        super(8);
        this.vm = vm;
        this.messages = messages;
        this.texts = new EvidenceTexts(messages);
        setId("evidenceFiles");

        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            EvidenceItem item = vm.selectedItemProperty().get();
            return item == null ? messages.get("evidence.ui.files.title")
                    : messages.get("evidence.ui.files.titleOf", item.unitName() == null
                    ? messages.get("evidence.ui.item.noUnit") : item.unitName());
        }, vm.selectedItemProperty()));

        TableView<StoredFile> table = buildTable();
        Button add = new Button(messages.get("evidence.ui.action.addFiles"));
        add.setId("addFiles");
        add.setOnAction(e -> chooseFiles());
        Button open = new Button(messages.get("evidence.ui.action.open"));
        open.setId("openFile");
        open.disableProperty().bind(vm.selectedFileProperty().isNull());
        open.setOnAction(e -> vm.open(vm.selectedFileProperty().get()));
        Button remove = new Button(messages.get("evidence.ui.action.detach"));
        remove.setId("detachFile");
        remove.disableProperty().bind(vm.selectedFileProperty().isNull());
        remove.setOnAction(e -> vm.detach(vm.selectedFileProperty().get()));
        for (Button b : List.of(add, open, remove)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane buttons = new FlowPane(8, 8, add, open, remove);

        Label dropHint = new Label(messages.get("evidence.ui.drop.hint"));
        dropHint.getStyleClass().add("evidence-drop-zone");
        dropHint.setWrapText(true);
        dropHint.setMaxWidth(Double.MAX_VALUE);

        getChildren().addAll(title, dropHint, table, buttons, buildProgress(), buildPreview());
    }

    private TableView<StoredFile> buildTable() {
        TableView<StoredFile> table = new TableView<>(vm.files());
        table.setId("filesTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("evidence.ui.file.name", 220, StoredFile::name));
        table.getColumns().add(column("evidence.ui.file.size", 70, f -> Sizes.human(f.sizeBytes())));
        table.getColumns().add(column("evidence.ui.file.received", 120, f -> texts.dateTime(item(EvidenceItem::receivedAt))));
        table.getColumns().add(column("evidence.ui.file.effective", 90, f -> texts.date(item(EvidenceItem::effectiveDate))));
        table.setPlaceholder(new Label(messages.get("evidence.ui.files.empty")));
        table.setFixedCellSize(28);
        table.prefHeightProperty().bind(Bindings.max(2, Bindings.size(vm.files())).multiply(28).add(34));
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, file) -> {
            if (file != null) {
                vm.selectedFileProperty().set(file);
            }
        });
        vm.selectedFileProperty().addListener((obs, old, file) -> table.getSelectionModel().select(file));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && vm.selectedFileProperty().get() != null) {
                vm.open(vm.selectedFileProperty().get());
            }
        });
        return table;
    }

    private <T> T item(Function<EvidenceItem, T> value) {
        EvidenceItem item = vm.selectedItemProperty().get();
        return item == null ? null : value.apply(item);
    }

    /** One bar per running copy, gone when it ends: the rest of the screen stays usable meanwhile. */
    private VBox buildProgress() {
        VBox box = new VBox(4);
        box.setId("copyProgress");
        vm.copies().addListener((ListChangeListener<Worker<?>>) change -> {
            box.getChildren().clear();
            for (Worker<?> worker : vm.copies()) {
                ProgressBar bar = new ProgressBar();
                bar.progressProperty().bind(worker.progressProperty());
                bar.setPrefWidth(160);
                Label text = new Label();
                text.textProperty().bind(worker.messageProperty());
                text.setWrapText(true);
                HBox line = new HBox(8, bar, text);
                HBox.setHgrow(text, Priority.ALWAYS);
                box.getChildren().add(line);
            }
        });
        box.managedProperty().bind(Bindings.isNotEmpty(vm.copies()));
        box.visibleProperty().bind(box.managedProperty());
        return box;
    }

    private Node buildPreview() {
        ImageView image = new ImageView();
        image.setId("filePreview");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.imageProperty().bind(vm.previewProperty());
        image.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> vm.previewProperty().get() == null ? 0
                : Math.min(vm.previewProperty().get().getWidth(), Math.max(120, widthProperty().get() - 10)),
                widthProperty(), vm.previewProperty()));
        image.setFitHeight(MAX_PREVIEW_HEIGHT);
        Label message = new Label();
        message.setId("previewMessage");
        message.setWrapText(true);
        message.getStyleClass().add("hint-text");
        message.textProperty().bind(vm.previewMessageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        StackPane frame = new StackPane(image);
        frame.getStyleClass().add("evidence-preview");
        frame.managedProperty().bind(vm.previewProperty().isNotNull());
        frame.visibleProperty().bind(frame.managedProperty());
        return new VBox(6, message, frame);
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("evidence.ui.action.addFiles"));
        List<File> chosen = chooser.showOpenMultipleDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null && !chosen.isEmpty()) {
            attach(chosen.stream().map(File::toPath).toList());
        }
    }

    /** Asks which unit delivered {@code files} (and when, what date they prove), then copies them. */
    void attach(List<Path> files) {
        RequirementOverview overview = vm.overviewProperty().get();
        if (overview == null || files.isEmpty()) {
            return;
        }
        AttachDialog.ask(this, messages, files, units(overview), vm.focusUnitProperty().get())
                .ifPresent(choice -> vm.attach(files, choice.unitId(), choice.delivery()));
    }

    /** The units that owe the requirement, then any other unit that already delivered for it. */
    static List<UnitRef> units(RequirementOverview overview) {
        Map<Long, UnitRef> units = new LinkedHashMap<>();
        overview.requirement().units().forEach(u -> units.put(u.id(), u));
        overview.items().stream().filter(i -> i.unitId() != null)
                .forEach(i -> units.putIfAbsent(i.unitId(), new UnitRef(i.unitId(), i.unitName())));
        return new ArrayList<>(units.values());
    }

    /** Makes {@code target} accept files dragged from the desktop; {@code onDrop} gets them. */
    static void acceptFiles(Node target, java.util.function.Consumer<DragEvent> beforeDrop,
                            java.util.function.Consumer<List<Path>> onDrop) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                beforeDrop.accept(e);
                List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
                // Let the drag end before a modal dialog opens.
                javafx.application.Platform.runLater(() -> onDrop.accept(files));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private TableColumn<StoredFile, String> column(String key, double width, Function<StoredFile, String> text) {
        TableColumn<StoredFile, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }
}
