package com.creditdesk.ui.evidence;

import com.creditdesk.logic.evidence.EvidenceLabels;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.evidence.EvidenceItem;
import com.creditdesk.model.evidence.Requirement;
import com.creditdesk.model.evidence.RequirementOverview;
import com.creditdesk.model.evidence.ReviewEvent;
import com.creditdesk.model.evidence.UnitRef;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The right side of 佐证材料: the requirement as written, what it asks for, each unit's delivery
 * with its state, the review buttons, the return reason and the history, then the files.
 */
final class RequirementDetailPane extends ScrollPane {

    private final RequirementDetailViewModel vm;
    private final Messages messages;
    private final EvidenceTexts texts;

    RequirementDetailPane(RequirementDetailViewModel vm, Messages messages, EvidenceFilesPane filesPane) {
        this.vm = vm;
        this.messages = messages;
        this.texts = new EvidenceTexts(messages);
        setId("evidenceDetail");
        setFitToWidth(true);

        Label heading = new Label();
        heading.setId("detailHeading");
        heading.getStyleClass().add("editor-heading");
        heading.setWrapText(true);
        heading.textProperty().bind(requirementText(r -> r.ownerPath() == null || r.ownerPath().isBlank()
                ? messages.get("evidence.ui.group.noOwner") : r.ownerPath(), messages.get("evidence.ui.detail.none")));

        Label text = sourceLabel(requirementText(Requirement::text, ""));
        text.setId("detailText");
        GridPane facts = new GridPane();
        facts.setHgap(8);
        facts.setVgap(6);
        int row = 0;
        facts.addRow(row++, caption("evidence.ui.detail.text"), text);
        facts.addRow(row++, caption("evidence.ui.detail.type"), value(requirementText(
                r -> messages.get(EvidenceLabels.key(r.type())), "")));
        facts.addRow(row++, caption("evidence.ui.detail.stamp"), value(requirementText(
                r -> messages.get(r.stampRequired() ? "evidence.ui.stamp.required" : "evidence.ui.stamp.notRequired"), "")));
        facts.addRow(row++, caption("evidence.ui.detail.period"), value(requirementText(
                r -> r.periodText() == null ? "—" : r.periodText(), "")));
        Label deadline = value(requirementText(texts::deadline, ""));
        deadline.setId("detailDeadline");
        facts.addRow(row++, caption("evidence.ui.detail.deadline"), deadline);
        facts.addRow(row++, caption("evidence.ui.detail.units"), value(requirementText(
                r -> r.units().isEmpty() ? messages.get("evidence.ui.item.noUnit")
                        : r.units().stream().map(UnitRef::name).collect(Collectors.joining("、")), "")));
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().setAll(captions, values);

        Label returned = new Label();
        returned.setId("returnReasonShown");
        returned.getStyleClass().add("evidence-returned-reason");
        returned.setWrapText(true);
        returned.textProperty().bind(Bindings.createStringBinding(() -> {
            EvidenceItem item = vm.selectedItemProperty().get();
            if (item == null || item.returnReason() == null || item.returnReason().isBlank()) {
                return "";
            }
            // Returned: the reason; re-submitted: the last reason, to check the new files against it.
            return switch (item.status()) {
                case RETURNED -> messages.get("evidence.ui.detail.returnReason", item.returnReason());
                case SUBMITTED -> messages.get("evidence.ui.detail.lastReturnReason", item.returnReason());
                case PENDING, ACCEPTED -> "";
            };
        }, vm.selectedItemProperty()));
        returned.managedProperty().bind(returned.textProperty().isNotEmpty());
        returned.visibleProperty().bind(returned.managedProperty());

        Label result = new Label();
        result.setId("detailMessage");
        result.setWrapText(true);
        result.textProperty().bind(vm.messageProperty());

        ListView<ReviewEvent> history = buildHistory();
        VBox box = new VBox(10, heading, facts, section("evidence.ui.detail.items"), buildItems(), buildReviewBar(),
                returned, result, section("evidence.ui.detail.history"), history, filesPane);
        box.setPadding(new Insets(10));
        box.disableProperty().bind(vm.overviewProperty().isNull());
        setContent(box);
    }

    private javafx.beans.binding.StringBinding requirementText(Function<Requirement, String> text, String none) {
        return Bindings.createStringBinding(() -> {
            RequirementOverview o = vm.overviewProperty().get();
            return o == null ? none : text.apply(o.requirement());
        }, vm.overviewProperty());
    }

    private TableView<EvidenceItem> buildItems() {
        TableView<EvidenceItem> table = new TableView<>(vm.items());
        table.setId("itemsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("evidence.ui.item.unit", 130, i -> i.unitName() == null
                ? messages.get("evidence.ui.item.noUnit") : i.unitName()));
        table.getColumns().add(column("evidence.ui.item.status", 70, i -> messages.get(EvidenceLabels.key(i.status()))));
        table.getColumns().add(column("evidence.ui.item.files", 44, i -> Integer.toString(i.files().size())));
        table.getColumns().add(column("evidence.ui.item.received", 88, i -> i.receivedAt() == null ? ""
                : texts.date(i.receivedAt().toLocalDate())));
        table.getColumns().add(column("evidence.ui.item.effective", 88, i -> texts.date(i.effectiveDate())));
        table.getColumns().add(column("evidence.ui.item.deliveredBy", 70, i -> i.deliveredBy() == null ? "" : i.deliveredBy()));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(EvidenceItem item, boolean empty) {
                super.updateItem(item, empty);
                EvidenceTexts.styleByStatus(this, empty || item == null ? null : item.status());
            }
        });
        table.setPlaceholder(new Label(messages.get("evidence.ui.items.empty")));
        table.setFixedCellSize(28);
        table.prefHeightProperty().bind(Bindings.max(2, Bindings.size(vm.items())).multiply(28).add(34));
        table.minHeightProperty().bind(table.prefHeightProperty());
        vm.selectedItemProperty().addListener((obs, old, item) -> {
            if (table.getSelectionModel().getSelectedItem() != item) {
                table.getSelectionModel().select(item);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item != vm.selectedItemProperty().get()) {
                vm.selectedItemProperty().set(item);
            }
        });
        return table;
    }

    private FlowPane buildReviewBar() {
        Button submit = button("reviewSubmit", "evidence.ui.action.submit", vm.canSubmit());
        submit.setOnAction(e -> vm.submit());
        Button accept = button("reviewAccept", "evidence.ui.action.accept", vm.canAccept());
        accept.setOnAction(e -> vm.accept());
        Button sendBack = button("reviewReturn", "evidence.ui.action.return", vm.canReturn());
        sendBack.setOnAction(e -> {
            EvidenceItem item = vm.selectedItemProperty().get();
            String unit = item == null || item.unitName() == null ? messages.get("evidence.ui.item.noUnit") : item.unitName();
            ReturnReasonDialog.ask(this, messages, unit).ifPresent(vm::returnItem);
        });
        Button resubmit = button("reviewResubmit", "evidence.ui.action.resubmit", vm.canResubmit());
        resubmit.setOnAction(e -> vm.resubmit());
        Button withdraw = button("reviewWithdraw", "evidence.ui.action.withdraw", vm.canWithdraw());
        withdraw.setOnAction(e -> vm.withdraw());
        FlowPane bar = new FlowPane(8, 8, submit, accept, sendBack, resubmit, withdraw);
        bar.setId("reviewBar");
        return bar;
    }

    private Button button(String id, String key, javafx.beans.binding.BooleanBinding enabled) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.disableProperty().bind(enabled.not());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private ListView<ReviewEvent> buildHistory() {
        ListView<ReviewEvent> list = new ListView<>(vm.history());
        list.setId("historyList");
        list.setPlaceholder(new Label(messages.get("evidence.ui.history.empty")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ReviewEvent event, boolean empty) {
                super.updateItem(event, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || event == null ? null : texts.historyLine(event));
            }
        });
        list.prefHeightProperty().bind(Bindings.max(2, Bindings.size(vm.history())).multiply(30).add(6));
        list.setMaxHeight(220);
        return list;
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    private Label caption(String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label value(javafx.beans.binding.StringBinding text) {
        Label label = new Label();
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }

    private static Label sourceLabel(javafx.beans.binding.StringBinding text) {
        Label label = value(text);
        label.getStyleClass().add("source-text");
        return label;
    }

    private TableColumn<EvidenceItem, String> column(String key, double width, Function<EvidenceItem, String> text) {
        TableColumn<EvidenceItem, String> column = new TableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 44));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }
}
