package com.creditdesk.ui.evidence;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.evidence.RequirementGroup.GroupBy;
import com.creditdesk.model.evidence.RequirementOverview;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * 佐证材料: two tabs — the checklist (requirements by indicator or by unit, with the detail of the
 * chosen one beside it) and the completeness matrix; files can be dropped on a requirement.
 */
public final class EvidenceView extends BorderPane {

    private final EvidenceViewModel vm;
    private final Messages messages;
    private final TabPane tabs = new TabPane();
    private final Tab listTab;
    private final RequirementListPane list;
    private final EvidenceFilesPane filesPane;

    public EvidenceView(EvidenceViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        setId("evidenceView");
        getStylesheets().add(Objects.requireNonNull(getClass().getResource("/ui/evidence.css")).toExternalForm());
        filesPane = new EvidenceFilesPane(vm.detail(), messages);
        list = new RequirementListPane(vm, messages, this::attach);
        RequirementDetailPane detail = new RequirementDetailPane(vm.detail(), messages, filesPane);
        EvidenceFilesPane.acceptFiles(detail, e -> { }, this::attach);

        SplitPane split = new SplitPane(list, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.56);
        BorderPane listPage = new BorderPane(split);
        listPage.setTop(buildListBar());
        listTab = new Tab(messages.get("evidence.ui.tab.list"), listPage);
        listTab.setId("evidenceListTab");
        Tab matrixTab = new Tab(messages.get("evidence.ui.tab.matrix"), new MatrixPane(vm.matrix(), messages));
        matrixTab.setId("evidenceMatrixTab");
        tabs.getTabs().setAll(listTab, matrixTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        // A matrix cell opens its requirement: show the checklist with it selected.
        vm.setOnRequirementOpened(() -> tabs.getSelectionModel().select(listTab));

        Label error = new Label();
        error.setId("evidenceError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorMessageProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.setPadding(new Insets(0, 8, 4, 8));
        setBottom(error);
    }

    private VBox buildListBar() {
        ToggleButton byIndicator = new ToggleButton(messages.get("evidence.ui.group.INDICATOR"));
        byIndicator.setId("groupByIndicator");
        byIndicator.setUserData(GroupBy.INDICATOR);
        ToggleButton byUnit = new ToggleButton(messages.get("evidence.ui.group.UNIT"));
        byUnit.setId("groupByUnit");
        byUnit.setUserData(GroupBy.UNIT);
        SegmentedButton grouping = new SegmentedButton(byIndicator, byUnit);
        ToggleGroup group = grouping.getToggleGroup();
        group.selectToggle(vm.groupByProperty().get() == GroupBy.UNIT ? byUnit : byIndicator);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // one of the two stays pressed
            } else {
                vm.groupByProperty().set((GroupBy) now.getUserData());
            }
        });

        TextField search = new TextField();
        search.setId("evidenceFilter");
        search.setPromptText(messages.get("evidence.ui.filter.text"));
        search.textProperty().bindBidirectional(vm.filterTextProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        Button add = new Button(messages.get("evidence.ui.requirement.add"));
        add.setId("addRequirement");
        add.disableProperty().bind(vm.campaignProperty().isNull());
        add.setOnAction(e -> vm.withRequirementChoices(choices ->
                RequirementDialog.ask(this, messages, choices, null).ifPresent(draft -> vm.saveRequirement(null, draft))));
        Button edit = new Button(messages.get("evidence.ui.requirement.edit"));
        edit.setId("editRequirement");
        edit.disableProperty().bind(vm.detail().overviewProperty().isNull());
        edit.setOnAction(e -> {
            RequirementOverview editing = vm.detail().overviewProperty().get();
            vm.withRequirementChoices(choices -> RequirementDialog.ask(this, messages, choices, editing.requirement())
                    .ifPresent(draft -> vm.saveRequirement(editing, draft)));
        });
        Button delete = new Button(messages.get("evidence.ui.requirement.delete"));
        delete.setId("deleteRequirement");
        delete.disableProperty().bind(vm.detail().overviewProperty().isNull());
        delete.setOnAction(e -> confirmDelete());
        for (Button b : List.of(add, edit, delete)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, grouping, search, add, edit, delete);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("evidenceSummary");
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        VBox top = new VBox(6, bar, summary);
        top.setPadding(new Insets(8));
        return top;
    }

    private void confirmDelete() {
        RequirementOverview shown = vm.detail().overviewProperty().get();
        if (shown == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                messages.get("evidence.ui.requirement.deleteConfirm", shown.requirement().text(), shown.items().size()),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(null);
        confirm.initOwner(getScene() == null ? null : getScene().getWindow());
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.deleteRequirement(shown.requirement().id()));
    }

    /** Files dropped or chosen for the requirement shown: ask for the unit, then copy in the background. */
    public void attach(List<Path> files) {
        filesPane.attach(files);
    }

    /** Shows the checklist tab (or the matrix tab). */
    public void showTab(boolean matrix) {
        tabs.getSelectionModel().select(matrix ? 1 : 0);
    }
}
