package com.creditdesk.ui.audit;

import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditEntry;
import com.creditdesk.logic.audit.AuditTexts;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.ui.util.EnumConverter;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import com.creditdesk.ui.util.TextColumns;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** 操作记录 screen: filters on top, the (virtualized) table of one page, the pager and export below. */
public final class AuditView extends BorderPane {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public AuditView(AuditViewModel vm, Messages messages) {
        setId("auditScreen");
        DatePicker from = new DatePicker();
        from.setId("auditFrom");
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("auditTo");
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(vm.toProperty());
        ComboBox<String> actor = new ComboBox<>(vm.actors());
        actor.setId("auditActor");
        actor.setPromptText(messages.get("audit.filter.all"));
        actor.valueProperty().bindBidirectional(vm.actorProperty());
        ComboBox<String> entity = new ComboBox<>(vm.entities());
        entity.setId("auditEntity");
        entity.setPromptText(messages.get("audit.filter.all"));
        entity.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : AuditTexts.entity(messages, value);
            }

            @Override
            public String fromString(String text) {
                return vm.entities().stream().filter(e -> toString(e).equals(text)).findFirst().orElse(null);
            }
        });
        entity.valueProperty().bindBidirectional(vm.entityProperty());
        ComboBox<AuditAction> action = new ComboBox<>();
        action.setId("auditAction");
        action.getItems().setAll(AuditAction.values());
        action.setConverter(new EnumConverter<>(messages, "audit.action.", AuditAction.class));
        action.setPromptText(messages.get("audit.filter.all"));
        action.valueProperty().bindBidirectional(vm.actionProperty());
        TextField text = new TextField();
        text.setId("auditText");
        text.setPromptText(messages.get("audit.filter.text"));
        text.textProperty().bindBidirectional(vm.textProperty());
        text.setOnAction(e -> vm.search());
        Button search = new Button(messages.get("audit.filter.search"));
        search.setId("auditSearch");
        search.setDefaultButton(true);
        search.setOnAction(e -> vm.search());
        Button clear = new Button(messages.get("audit.filter.clear"));
        clear.setId("auditClear");
        clear.setOnAction(e -> vm.clearFilter());

        FlowPane filters = new FlowPane(8, 6,
                labelled(messages.get("audit.filter.from"), from), labelled(messages.get("audit.filter.to"), to),
                labelled(messages.get("audit.filter.actor"), actor), labelled(messages.get("audit.filter.entity"), entity),
                labelled(messages.get("audit.filter.action"), action), text, search, clear);
        Label intro = new Label(messages.get("audit.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("hint-text");
        VBox top = new VBox(6, intro, filters);
        top.setPadding(new Insets(8));
        setTop(top);

        TableView<AuditEntry> table = new TableView<>(vm.rows());
        table.setId("auditLogTable");
        table.getColumns().add(TextColumns.of(messages.get("audit.column.at"), 140, a -> a.at().format(TIME)));
        table.getColumns().add(TextColumns.of(messages.get("audit.column.actor"), 80, AuditEntry::actor));
        table.getColumns().add(TextColumns.of(messages.get("audit.column.action"), 50, a -> messages.get("audit.action." + a.action().name())));
        table.getColumns().add(TextColumns.of(messages.get("audit.column.entity"), 110,
                a -> AuditTexts.entity(messages, a.entity()) + (a.entityId() == null ? "" : " #" + a.entityId())));
        table.getColumns().add(TextColumns.of(messages.get("audit.column.field"), 100, a -> AuditTexts.field(messages, a.field())));
        table.getColumns().add(TextColumns.of(messages.get("audit.column.old"), 170, a -> AuditTexts.value(messages, a.field(), a.oldValue())));
        table.getColumns().add(TextColumns.of(messages.get("audit.column.new"), 170, a -> AuditTexts.value(messages, a.field(), a.newValue())));
        table.getColumns().add(TextColumns.of(messages.get("audit.column.source"), 260, AuditEntry::source));
        table.setPlaceholder(new Label(messages.get("audit.empty")));
        setCenter(table);

        Button previous = new Button(messages.get("audit.page.previous"));
        previous.setId("auditPrevious");
        previous.disableProperty().bind(vm.pageProperty().isEqualTo(0));
        previous.setOnAction(e -> vm.previousPage());
        Button next = new Button(messages.get("audit.page.next"));
        next.setId("auditNext");
        next.disableProperty().bind(vm.pageProperty().add(1).multiply(AuditViewModel.PAGE_SIZE).greaterThanOrEqualTo(vm.totalProperty()));
        next.setOnAction(e -> vm.nextPage());
        Label page = new Label();
        page.setId("auditPage");
        page.textProperty().bind(vm.pageTextProperty());
        Button export = new Button(messages.get("audit.export.button"));
        export.setId("auditExport");
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("audit.export.filter"), "*.xlsx"));
            chooser.setInitialFileName(messages.get("audit.export.title") + "-" + LocalDate.now() + ".xlsx");
            java.io.File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                vm.exportTo(file.toPath());
            }
        });
        Label message = new Label();
        message.setId("auditMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox pager = new HBox(8, previous, page, next, export, message);
        pager.setAlignment(Pos.CENTER_LEFT);
        pager.setPadding(new Insets(8));
        setBottom(pager);
    }

    private static HBox labelled(String text, javafx.scene.Node control) {
        HBox box = new HBox(4, new Label(text), control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
