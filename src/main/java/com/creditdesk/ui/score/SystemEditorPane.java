package com.creditdesk.ui.score;

import com.creditdesk.ui.util.NamedConverter;

import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.indicator.StoredNode;
import com.creditdesk.model.indicator.StoredNodeKind;
import com.creditdesk.model.indicator.StoredSystem;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Optional;

/**
 * 指标体系: the chosen system as a tree (类别 → 指标 → 细则) beside a form for the selected row and
 * the rule editor. A built-in system is read-only here: "复制为可编辑体系" makes an editable copy.
 */
final class SystemEditorPane extends BorderPane {

    private final SystemEditorModel editor;
    private final Messages messages;
    private final TreeView<StoredNode> tree = new TreeView<>();
    private boolean syncing;

    SystemEditorPane(SystemEditorModel editor, Messages messages) {
        this.editor = editor;
        this.messages = messages;
        setId("systemEditor");
        setTop(toolbar());
        tree.setId("systemTree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new TreeCell<>() {
            @Override
            protected void updateItem(StoredNode item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label(item));
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                editor.selectedProperty().set(now == null ? null : now.getValue());
            }
        });
        editor.storedProperty().addListener((obs, old, now) -> showTree(now));
        editor.selectedProperty().addListener((obs, old, now) -> selectInTree(now));
        ScrollPane form = new ScrollPane(form());
        form.setFitToWidth(true);
        SplitPane split = new SplitPane(tree, form);
        split.setDividerPositions(0.42);
        setCenter(split);
        Label status = new Label();
        status.setId("editorStatus");
        status.textProperty().bind(editor.statusProperty());
        Label error = new Label();
        error.setId("editorError");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        error.textProperty().bind(editor.errorProperty());
        VBox bottom = new VBox(4, status, error);
        bottom.setPadding(new Insets(6));
        setBottom(bottom);
        showTree(editor.storedProperty().get());
    }

    private String label(StoredNode node) {
        String text = node.displayName();
        if (node.kind() == StoredNodeKind.RULE && text.isEmpty()) {
            text = messages.get("indicator.kind.RULE");
        }
        if (node.maxPoints() != null && !statesPoints(node)) {
            text += messages.get("editor.tree.points", node.maxPoints().toPlainString());
        }
        if (node.kind().isIndicator()) {
            text = "[" + messages.get("editor.tree.kind." + node.kind().name()) + "] " + text;
        }
        boolean holdsRule = node.kind() != StoredNodeKind.CATEGORY && node.subRules().isEmpty();
        return holdsRule && node.rule() == null ? text + messages.get("editor.tree.unconfirmed") : text;
    }

    /** "(一)事业单位信用状况(4分)" already says its points. */
    private static boolean statesPoints(StoredNode node) {
        String points = java.util.regex.Pattern.quote(node.maxPoints().toPlainString());
        return node.title() != null && node.title().matches("(?s).*[（(]\\s*" + points + "\\s*分?\\s*[）)].*");
    }

    private VBox toolbar() {
        Button create = button("newSystem", "editor.system.new", () -> ask("editor.system.new", "", true)
                .ifPresent(answer -> editor.createSystem(answer[0], answer[1])));
        Button copy = button("copySystem", "editor.system.copy", () -> ask("editor.system.copy",
                messages.get("score.copy.defaultName", editor.systemName()), false)
                .ifPresent(answer -> editor.copySystem(answer[0])));
        Button delete = button("deleteSystem", "editor.system.delete", editor::deleteSystem);
        Button category = button("addCategory", "editor.add.CATEGORY", () -> editor.add(StoredNodeKind.CATEGORY));
        Button indicator = button("addIndicator", "editor.add.SCORED", () -> editor.add(StoredNodeKind.SCORED));
        Button rule = button("addSubRule", "editor.add.RULE", () -> editor.add(StoredNodeKind.RULE));
        Button remove = button("deleteNode", "editor.node.delete", editor::deleteNode);
        for (Button button : List.of(delete, category, indicator, rule)) {
            button.disableProperty().bind(editor.editableProperty().not());
        }
        remove.disableProperty().bind(editor.editableProperty().not().or(editor.selectedProperty().isNull()));
        Label readOnly = new Label(messages.get("editor.readOnly"));
        readOnly.getStyleClass().add("hint-text");
        readOnly.visibleProperty().bind(editor.editableProperty().not());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        FlowPane bar = new FlowPane(8, 6, create, copy, delete, category, indicator, rule, remove);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, bar, readOnly);
        top.setPadding(new Insets(8));
        return top;
    }

    private VBox form() {
        TextField code = field("nodeCode", editor.codeProperty());
        TextField title = field("nodeTitle", editor.titleProperty());
        TextField points = field("nodePoints", editor.maxPointsProperty());
        ComboBox<StoredNodeKind> kind = new ComboBox<>(FXCollections.observableArrayList(
                StoredNodeKind.VETO, StoredNodeKind.SCORED, StoredNodeKind.BONUS));
        kind.setId("nodeKind");
        kind.setConverter(NamedConverter.named(editor::kindLabel));
        kind.valueProperty().bindBidirectional(editor.kindProperty());
        kind.disableProperty().bind(editor.kindProperty().isNull().or(editor.kindProperty().isEqualTo(StoredNodeKind.CATEGORY))
                .or(editor.kindProperty().isEqualTo(StoredNodeKind.RULE)));
        Button save = button("saveNode", "editor.node.save", editor::saveNode);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.addRow(0, new Label(messages.get("indicator.field.code")), code);
        grid.addRow(1, new Label(messages.get("indicator.field.title")), title);
        grid.addRow(2, new Label(messages.get("indicator.field.maxPoints")), points);
        grid.addRow(3, new Label(messages.get("editor.node.kind")), kind);
        VBox nodeForm = new VBox(6, grid, save);
        nodeForm.setId("nodeForm");
        nodeForm.visibleProperty().bind(editor.selectedProperty().isNotNull());
        nodeForm.managedProperty().bind(nodeForm.visibleProperty());
        RuleEditorPane rule = new RuleEditorPane(editor.rule(), messages, editor::confirmRule);
        rule.visibleProperty().bind(editor.ruleHolderProperty());
        rule.managedProperty().bind(rule.visibleProperty());
        VBox form = new VBox(10, nodeForm, rule);
        form.disableProperty().bind(editor.editableProperty().not());
        form.setPadding(new Insets(8));
        return form;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(28);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private Button button(String id, String key, Runnable action) {
        return ScorePanes.button(messages, id, key, action);
    }

    /** Name (and, for a new system, its documented total). */
    private Optional<String[]> ask(String titleKey, String initial, boolean withTotal) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get(titleKey));
        dialog.setHeaderText(messages.get(titleKey));
        TextField name = new TextField(initial);
        TextField total = new TextField();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(messages.get("indicator.field.name")), name);
        if (withTotal) {
            grid.addRow(1, new Label(messages.get("indicator.field.total")), total);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(ok -> new String[]{name.getText(), total.getText()});
    }

    private void showTree(StoredSystem system) {
        syncing = true;
        TreeItem<StoredNode> root = new TreeItem<>();
        if (system != null) {
            add(root, system.nodes());
        }
        tree.setRoot(root);
        syncing = false;
        selectInTree(editor.selectedProperty().get());
    }

    private static void add(TreeItem<StoredNode> parent, List<StoredNode> nodes) {
        for (StoredNode node : nodes) {
            TreeItem<StoredNode> item = new TreeItem<>(node);
            item.setExpanded(true);
            parent.getChildren().add(item);
            add(item, node.children());
        }
    }

    private void selectInTree(StoredNode node) {
        syncing = true;
        try {
            if (node == null) {
                tree.getSelectionModel().clearSelection();
                return;
            }
            for (int i = 0; i < tree.getExpandedItemCount(); i++) {
                TreeItem<StoredNode> item = tree.getTreeItem(i);
                if (item != null && item.getValue() != null && item.getValue().id() == node.id()) {
                    tree.getSelectionModel().select(i);
                    tree.scrollTo(Math.max(0, i - 3));
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }
}
