package com.creditdesk.ui.importer;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.importer.DatabaseImportWriter;
import com.creditdesk.model.importer.ColumnRole;
import com.creditdesk.model.importer.ExistingCampaign;
import com.creditdesk.model.importer.ImportResult;
import com.creditdesk.model.importer.ImportedIndicator;
import com.creditdesk.model.importer.ImportedNode;
import com.creditdesk.model.importer.TableKind;
import com.creditdesk.ui.AppServices;
import com.creditdesk.ui.util.EnumConverter;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * 导入通知: choose a notice file, check what the importer understood (tables with their kind and
 * column mapping, both editable, tasks, indicators, units — new ones marked 新 — and every warning), then
 * 确定导入 writes it in one transaction; 取消 writes nothing.
 */
public final class ImportDialog extends BorderPane {

    private final ImportViewModel vm;
    private final Messages messages;

    public ImportDialog(ImportViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        setId("importDialog");
        setPadding(new Insets(10));
        setPrefSize(1000, 680);

        Button choose = new Button(messages.get("import.dialog.choose"));
        choose.setId("importChoose");
        choose.setOnAction(e -> chooseFile());
        choose.disableProperty().bind(vm.busyProperty());
        Label fileLabel = new Label();
        fileLabel.textProperty().bind(vm.fileProperty().asString());
        fileLabel.visibleProperty().bind(vm.fileProperty().isNotNull());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(vm.busyProperty());
        Button stop = new Button(messages.get("import.dialog.cancelRead"));
        stop.visibleProperty().bind(vm.busyProperty());
        stop.setOnAction(e -> vm.cancelRead());
        HBox top = new HBox(8, choose, fileLabel, progress, stop);
        top.setPadding(new Insets(0, 0, 8, 0));

        Label status = new Label();
        status.setId("importStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label error = new Label();
        error.setId("importError");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        error.setStyle("-fx-text-fill: #b00020;");
        error.textProperty().bind(vm.errorProperty());
        setTop(new VBox(4, top, status, error));

        TabPane tabs = new TabPane(
                tab(messages.get("import.dialog.tables"), tablesPane()),
                tab(messages.get("import.dialog.tasks"), taskTree()),
                tab(messages.get("import.dialog.indicators"), indicatorTable()),
                tab(messages.get("import.dialog.units"), unitTable()),
                tab(messages.get("import.dialog.warnings"), warningList()));
        setCenter(tabs);

        Button confirm = new Button(messages.get("import.dialog.confirm"));
        confirm.setId("importConfirm");
        confirm.setDefaultButton(true);
        confirm.disableProperty().bind(vm.previewProperty().isNull().or(vm.busyProperty()).or(vm.resultProperty().isNotNull()));
        confirm.setOnAction(e -> confirm());
        Button cancel = new Button(messages.get("import.dialog.cancel"));
        cancel.setId("importCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            vm.cancelRead();
            close();
        });
        vm.resultProperty().addListener((obs, old, now) -> {
            if (now != null) {
                close();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(8, spacer, confirm, cancel);
        bottom.setPadding(new Insets(8, 0, 0, 0));
        setBottom(bottom);
    }

    /** Opens the dialog over {@code owner}; reads {@code file} at once when given (a dropped file). */
    public static ImportDialog open(Window owner, AppServices services, Path file, Consumer<ImportResult> onImported) {
        ImportViewModel vm = new ImportViewModel(services.ledger(),
                new DatabaseImportWriter(services.database().dsl(), services.ledger().scope()),
                services.executor(), services.messages(), onImported);
        ImportDialog dialog = new ImportDialog(vm, services.messages());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(services.messages().get("import.dialog.title"));
        Scene scene = new Scene(dialog);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        if (file != null) {
            vm.load(file);
        }
        return dialog;
    }

    /** Lets {@code target} (the main window) take a notice file dropped on it. */
    public static void acceptDroppedFiles(javafx.scene.Node target, Consumer<Path> open) {
        target.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        target.setOnDragDropped(event -> {
            List<File> files = event.getDragboard().getFiles();
            boolean accepted = files != null && !files.isEmpty();
            if (accepted) {
                open.accept(files.get(0).toPath());
            }
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    public ImportViewModel viewModel() {
        return vm;
    }

    private void close() {
        if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
            stage.close();
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("import.dialog.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Word / Excel / WPS / 文本", "*.docx", "*.xlsx", "*.xls", "*.txt", "*.tsv", "*.doc"),
                new FileChooser.ExtensionFilter("Word (*.docx, *.doc)", "*.docx", "*.doc"),
                new FileChooser.ExtensionFilter("Excel (*.xlsx, *.xls)", "*.xlsx", "*.xls"),
                new FileChooser.ExtensionFilter("Text (*.txt, *.tsv)", "*.txt", "*.tsv"));
        File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            vm.load(chosen.toPath());
        }
    }

    /** A re-import asks first: 更新原方案 / 新建方案 / 取消. */
    private void confirm() {
        Optional<Long> earlier = vm.earlierCampaign();
        if (earlier.isEmpty()) {
            vm.confirm(ExistingCampaign.REFUSE);
            return;
        }
        ButtonType update = new ButtonType(messages.get("import.reimport.update"), ButtonBar.ButtonData.YES);
        ButtonType createNew = new ButtonType(messages.get("import.reimport.new"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("import.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.get("import.reimport.text"), update, createNew, cancel);
        ask.setTitle(messages.get("import.reimport.title"));
        ask.setHeaderText(messages.get("import.reimport.header", vm.fileProperty().get().getFileName(), earlier.get()));
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        ask.showAndWait().ifPresent(choice -> {
            if (choice == update) {
                vm.confirm(ExistingCampaign.UPDATE);
            } else if (choice == createNew) {
                vm.confirm(ExistingCampaign.NEW);
            }
        });
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    private ScrollPane tablesPane() {
        VBox box = new VBox(10);
        box.setId("importTables");
        box.setPadding(new Insets(8));
        vm.tables().addListener((javafx.collections.ListChangeListener<ImportViewModel.TableRow>) change -> {
            box.getChildren().clear();
            for (ImportViewModel.TableRow row : vm.tables()) {
                box.getChildren().add(tableCard(row));
            }
        });
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private VBox tableCard(ImportViewModel.TableRow row) {
        String title = row.title() == null || row.title().isBlank() ? messages.get("import.dialog.untitled") : row.title();
        Label heading = new Label(messages.get("import.dialog.tableHeader", row.index() + 1, title));
        heading.setStyle("-fx-font-weight: bold;");
        ComboBox<TableKind> kind = new ComboBox<>();
        kind.setId("tableKind-" + row.index());
        kind.getItems().setAll(TableKind.values());
        kind.setConverter(new EnumConverter<>(messages, "import.tableKind.", TableKind.class));
        kind.getSelectionModel().select(row.kind());
        kind.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != row.kind()) {
                vm.setTableKind(row.index(), now);
            }
        });
        VBox card = new VBox(4, heading, new HBox(6, new Label(messages.get("import.dialog.tableKind")), kind),
                new Label(messages.get("import.dialog.columnMapping")), columnMapping(row));
        card.setStyle("-fx-border-color: #d0d0d0; -fx-padding: 8;");
        return card;
    }

    /** Each header cell over a drop-down of roles, preselected with what the importer read it as. */
    private FlowPane columnMapping(ImportViewModel.TableRow row) {
        FlowPane columns = new FlowPane(8, 6);
        columns.setId("columnRoles-" + row.index());
        EnumConverter<ColumnRole> names = new EnumConverter<>(messages, "import.role.", ColumnRole.class);
        for (int c = 0; c < row.headers().size() && c < row.roles().size(); c++) {
            int column = c;
            ColumnRole current = row.roles().get(c);
            ComboBox<ColumnRole> role = new ComboBox<>();
            role.setId("columnRole-" + row.index() + "-" + c);
            role.getItems().setAll(ColumnRole.values());
            role.setConverter(names);
            role.setVisibleRowCount(ColumnRole.values().length);
            role.getSelectionModel().select(current);
            role.valueProperty().addListener((obs, old, now) -> {
                if (now != null && now != current) {
                    vm.setColumnRole(row.index(), column, now);
                }
            });
            String text = row.headers().get(c).isEmpty() ? "—" : row.headers().get(c);
            Label header = new Label(text);
            header.setMaxWidth(140);
            header.setTooltip(new Tooltip(text));
            VBox cell = new VBox(2, header, role);
            cell.setPadding(new Insets(2));
            columns.getChildren().add(cell);
        }
        return columns;
    }

    private TreeView<String> taskTree() {
        TreeView<String> tree = new TreeView<>(new TreeItem<>());
        tree.setId("importTasks");
        tree.setShowRoot(false);
        vm.previewProperty().addListener((obs, old, now) -> {
            TreeItem<String> root = new TreeItem<>();
            if (now != null) {
                addNodes(root, now.tasks());
            }
            tree.setRoot(root);
        });
        return tree;
    }

    private void addNodes(TreeItem<String> parent, List<ImportedNode> nodes) {
        for (ImportedNode node : nodes) {
            StringBuilder text = new StringBuilder();
            String title = node.title() != null ? node.title() : node.deliverable() != null ? node.deliverable() : "";
            if (node.seqLabel() != null && !title.startsWith(node.seqLabel())) {
                text.append(node.seqLabel()).append(' ');
            }
            text.append(title);
            if (node.units() != null && !node.units().units().isEmpty()) {
                text.append("  【").append(String.join("、", node.units().units())).append('】');
            }
            if (node.deadlineText() != null) {
                text.append("  〔").append(messages.get("import.dialog.column.deadline")).append('：')
                        .append(node.deadlineText()).append('〕');
            }
            TreeItem<String> item = new TreeItem<>(text.toString());
            item.setExpanded(true);
            parent.getChildren().add(item);
            addNodes(item, node.children());
        }
    }

    private TableView<ImportedIndicator> indicatorTable() {
        TableView<ImportedIndicator> table = new TableView<>(vm.indicators());
        table.setId("importIndicators");
        table.getColumns().add(column(messages.get("import.dialog.column.category"), 180, ImportedIndicator::category));
        table.getColumns().add(column(messages.get("import.dialog.column.seq"), 50, ImportedIndicator::seqLabel));
        table.getColumns().add(column(messages.get("import.dialog.column.title"), 300, ImportedIndicator::title));
        table.getColumns().add(column(messages.get("import.dialog.column.kind"), 80,
                i -> messages.get("indicator.kind." + i.kind().name())));
        table.getColumns().add(column(messages.get("import.dialog.column.points"), 60,
                i -> i.points() == null ? "" : i.points().toPlainString()));
        table.getColumns().add(column(messages.get("import.dialog.column.units"), 260, ImportedIndicator::unitsText));
        return table;
    }

    private TableView<ImportViewModel.UnitRow> unitTable() {
        TableView<ImportViewModel.UnitRow> table = new TableView<>(vm.units());
        table.setId("importUnits");
        table.getColumns().add(column(messages.get("import.dialog.column.unit"), 260,
                u -> u.isNew() ? u.name() + "  【" + messages.get("import.dialog.newUnit") + "】" : u.name()));
        table.getColumns().add(column(messages.get("import.dialog.column.kind"), 100,
                u -> messages.get("import.match." + u.method().name())));
        table.getColumns().add(column(messages.get("import.dialog.column.match"), 260,
                u -> u.registryName() == null ? "" : u.registryName()));
        return table;
    }

    private ListView<String> warningList() {
        ListView<String> list = new ListView<>(vm.warnings());
        list.setId("importWarnings");
        list.setPlaceholder(new Label(messages.get("import.dialog.noWarnings")));
        return list;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
