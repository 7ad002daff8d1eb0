package com.creditdesk.ui.score;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.NodeEdit;
import com.creditdesk.model.indicator.RuleEdit;
import com.creditdesk.model.indicator.StoredNode;
import com.creditdesk.model.indicator.StoredNodeKind;
import com.creditdesk.model.indicator.StoredSystem;
import com.creditdesk.ui.util.BackgroundTask;
import com.creditdesk.ui.util.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * 指标体系 editing: the chosen system as rows (categories, indicators, sub-rules), a form for the
 * selected row, and the rule editor for its 评分标准. Built-in systems are shown read-only and can
 * be copied; every change is saved at once by the service (audited) and the score follows.
 */
public final class SystemEditorModel {

    private final ScoreServices services;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObjectProperty<IndicatorSystem> system;
    private final Consumer<String> onChanged;
    private final ObjectProperty<StoredSystem> stored = new SimpleObjectProperty<>();
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final ObjectProperty<StoredNode> selected = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty maxPoints = new SimpleStringProperty("");
    private final ObjectProperty<StoredNodeKind> kind = new SimpleObjectProperty<>();
    private final BooleanProperty ruleHolder = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final RuleEditorModel rule;

    SystemEditorModel(ScoreServices services, TaskExecutor executor, Messages messages,
                      ObjectProperty<IndicatorSystem> system, Consumer<String> onChanged) {
        this.services = services;
        this.executor = executor;
        this.messages = messages;
        this.system = system;
        this.onChanged = onChanged;
        this.rule = new RuleEditorModel(messages);
        system.addListener((obs, old, now) -> load());
        selected.addListener((obs, old, now) -> showNode(now));
    }

    /** Reads the chosen system's rows (none for a built-in system). */
    public void load() {
        IndicatorSystem chosen = system.get();
        if (chosen == null) {
            stored.set(null);
            editable.set(false);
            return;
        }
        Long keep = selected.get() == null ? null : selected.get().id();
        executor.execute(BackgroundTask.of(messages.get("score.task.load"), () ->
                        services.catalog().editable(chosen.code()) ? services.editor().find(chosen.code()) : null)
                .onSuccess(found -> {
                    if (chosen != system.get()) {
                        return;
                    }
                    show(found, keep);
                })
                .onFailure(this::showError));
    }

    private void show(StoredSystem found, Long keep) {
        stored.set(found);
        editable.set(found != null);
        selected.set(found == null || keep == null ? null : found.node(keep).orElse(null));
    }

    private void showNode(StoredNode node) {
        error.set("");
        code.set(node == null || node.code() == null ? "" : node.code());
        title.set(node == null || node.title() == null ? "" : node.title());
        maxPoints.set(node == null || node.maxPoints() == null ? "" : node.maxPoints().toPlainString());
        kind.set(node == null ? null : node.kind());
        boolean holdsRule = node != null && node.kind() != StoredNodeKind.CATEGORY && node.subRules().isEmpty();
        ruleHolder.set(holdsRule);
        if (holdsRule) {
            StoredNode indicator = node.kind() == StoredNodeKind.RULE
                    ? stored.get().node(node.parentId()).orElse(node) : node;
            rule.load(node, indicator, stored.get());
        }
    }

    /** A new empty system; the screen switches to it. */
    public void createSystem(String name, String total) {
        BigDecimal documented;
        try {
            documented = number(total, "indicator.field.total");
        } catch (UserFacingException e) {
            showError(e);
            return;
        }
        write(() -> services.editor().create(name, documented), null, "editor.saved.system");
    }

    /** An editable copy of the chosen (built-in) system; the screen switches to it. */
    public void copySystem(String name) {
        IndicatorSystem source = system.get();
        write(() -> services.editor().copy(source, name), null, "editor.saved.copy");
    }

    public void deleteSystem() {
        StoredSystem target = stored.get();
        executor.execute(BackgroundTask.of(messages.get("score.task.save"), () -> {
                    services.editor().deleteSystem(target.id());
                    return target;
                })
                .onSuccess(deleted -> {
                    status.set(messages.get("editor.deleted", deleted.name()));
                    onChanged.accept(null);
                })
                .onFailure(this::showError));
    }

    /** Adds a row after the selection's kind: a category, an indicator in the category, a sub-rule. */
    public void add(StoredNodeKind what) {
        StoredSystem target = stored.get();
        StoredNode at = selected.get();
        NodeEdit fresh = new NodeEdit(null, messages.get("editor.new." + what.name()), null, what);
        Callable<StoredSystem> change;
        try {
            if (what == StoredNodeKind.CATEGORY) {
                change = () -> services.editor().addCategory(target.id(), fresh);
            } else if (what == StoredNodeKind.RULE) {
                long indicator = indicatorOf(at);
                change = () -> services.editor().addSubRule(indicator, fresh);
            } else {
                Long category = categoryOf(at);
                change = () -> services.editor().addIndicator(target.id(), category, fresh);
            }
        } catch (UserFacingException e) {
            showError(e);
            return;
        }
        write(change, what, "editor.saved.node");
    }

    private long indicatorOf(StoredNode at) {
        if (at == null || at.kind() == StoredNodeKind.CATEGORY) {
            throw new UserFacingException("indicator.edit.ruleParent");
        }
        return at.kind() == StoredNodeKind.RULE ? at.parentId() : at.id();
    }

    private Long categoryOf(StoredNode at) {
        if (at == null) {
            return null;
        }
        if (at.kind() == StoredNodeKind.CATEGORY) {
            return at.id();
        }
        StoredNode indicator = at.kind() == StoredNodeKind.RULE ? stored.get().node(at.parentId()).orElseThrow() : at;
        return indicator.parentId();
    }

    /** Saves the form (序号, name, 分值, kind) of the selected row. */
    public void saveNode() {
        StoredNode node = selected.get();
        NodeEdit edit;
        try {
            edit = new NodeEdit(code.get(), title.get(), number(maxPoints.get(), "indicator.field.maxPoints"), kind.get());
        } catch (UserFacingException e) {
            showError(e);
            return;
        }
        write(() -> services.editor().updateNode(node.id(), edit), null, "editor.saved.node");
    }

    public void deleteNode() {
        StoredNode node = selected.get();
        write(() -> services.editor().deleteNode(node.id()), null, "editor.saved.deleted");
    }

    /** Saves the confirmed rule of the selected row: text verbatim, typed rule, note, input. */
    public void confirmRule() {
        StoredNode node = selected.get();
        RuleEdit edit;
        try {
            edit = rule.toEdit();
        } catch (UserFacingException e) {
            showError(e);
            return;
        }
        write(() -> services.editor().saveRule(node.id(), edit), null, "editor.saved.rule");
    }

    /**
     * Runs a write; afterwards shows the system again keeping (or, for an added row of kind
     * {@code added}, moving to the new) selection, and lets the score screen follow.
     */
    private void write(Callable<StoredSystem> change, StoredNodeKind added, String doneKey) {
        Long keep = selected.get() == null ? null : selected.get().id();
        error.set("");
        executor.execute(BackgroundTask.of(messages.get("score.task.save"), change)
                .onSuccess(after -> {
                    Long next = keep;
                    if (added != null) {
                        next = after.allNodes().stream().filter(n -> n.kind() == added)
                                .mapToLong(StoredNode::id).max().stream().boxed().findFirst().orElse(keep);
                    }
                    boolean sameSystem = stored.get() != null && stored.get().id() == after.id();
                    if (sameSystem) {
                        show(after, next);
                    }
                    status.set(messages.get(doneKey, after.name()));
                    onChanged.accept(after.code());
                })
                .onFailure(this::showError));
    }

    private BigDecimal number(String text, String fieldKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace("分", "").strip());
        } catch (NumberFormatException e) {
            throw new UserFacingException("editor.notNumber", messages.get(fieldKey), text);
        }
    }

    private void showError(Throwable e) {
        status.set("");
        error.set(messages.describe(e));
    }

    public String systemName() {
        return system.get() == null ? "" : system.get().name();
    }

    public String kindLabel(StoredNodeKind value) {
        return value == null ? "" : messages.get("indicator.kind." + value.name());
    }

    public ObjectProperty<StoredSystem> storedProperty() {
        return stored;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    public ObjectProperty<StoredNode> selectedProperty() {
        return selected;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty maxPointsProperty() {
        return maxPoints;
    }

    public ObjectProperty<StoredNodeKind> kindProperty() {
        return kind;
    }

    public BooleanProperty ruleHolderProperty() {
        return ruleHolder;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public RuleEditorModel rule() {
        return rule;
    }
}
