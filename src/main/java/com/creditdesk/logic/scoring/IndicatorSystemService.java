package com.creditdesk.logic.scoring;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.user.AccessScope;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.NodeEdit;
import com.creditdesk.model.indicator.RuleEdit;
import com.creditdesk.model.indicator.ScoringRule;
import com.creditdesk.model.indicator.StoredNode;
import com.creditdesk.model.indicator.StoredNodeKind;
import com.creditdesk.model.indicator.StoredSystem;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Creates and edits indicator systems kept in the database: the system, its categories,
 * indicators and sub-rules, and each rule's text verbatim with its typed form. Every write runs
 * in one transaction with its audit entry, and the whole system is checked before it commits
 * (a rule reading an undefined input, a move to a missing indicator … rolls the change back).
 * Built-in systems (the shipped JSON, or rows flagged builtin) are read-only; {@link #copy}
 * makes an editable copy.
 */
public final class IndicatorSystemService {

    static final String SYSTEM = "indicator_system";
    static final String NODE = "indicator";
    private static final int MAX_NAME = 500;
    private static final int MAX_TITLE = 2000;
    private static final int MAX_CODE = 50;

    private final DSLContext dsl;
    private final AccessScope scope;
    private final String actor;
    private final Messages messages;

    public IndicatorSystemService(DSLContext dsl, String actor, Messages messages) {
        this(dsl, AccessScope.owner(actor), messages);
    }

    /** A logged-in user: every change needs {@link AccessScope#requireWrite()}. */
    public IndicatorSystemService(DSLContext dsl, AccessScope scope, Messages messages) {
        this.dsl = dsl;
        this.scope = scope;
        this.actor = scope.actor();
        this.messages = messages;
    }

    public List<StoredSystem> list() {
        return new IndicatorSystemRepository(dsl).findAll();
    }

    public StoredSystem find(String code) {
        return new IndicatorSystemRepository(dsl).findByCode(code)
                .orElseThrow(() -> new UserFacingException("scoring.system.notFound", code));
    }

    /** A new empty system named {@code name}, documented total {@code total} (may be null). */
    public StoredSystem create(String name, BigDecimal total) {
        String clean = validName(name);
        requireNonNegative(total, messages.get("indicator.field.total"));
        return inTransaction(null, (tx, repo) -> {
            long id = repo.insertSystem(newCode(), clean, null, total, null, null);
            new AuditLog(tx).record(actor, AuditAction.INSERT, SYSTEM, id, "name", null, clean, null);
            return id;
        });
    }

    /** An editable copy of {@code source} (a built-in system or any other), texts and rules kept. */
    public StoredSystem copy(IndicatorSystem source, String name) {
        String clean = validName(name);
        return inTransaction(null, (tx, repo) -> {
            long id = new IndicatorSystemCopier(repo).copy(source, newCode(), clean);
            new AuditLog(tx).record(actor, AuditAction.INSERT, SYSTEM, id, "name", null, clean,
                    "copy of " + source.code());
            return id;
        });
    }

    public StoredSystem updateSystem(long systemId, String name, BigDecimal total) {
        String clean = validName(name);
        requireNonNegative(total, messages.get("indicator.field.total"));
        return inTransaction(systemId, (tx, repo) -> {
            StoredSystem before = editable(repo, systemId);
            repo.updateSystem(systemId, clean, total);
            AuditLog audit = new AuditLog(tx);
            audit.record(actor, AuditAction.UPDATE, SYSTEM, systemId, "name", before.name(), clean, null);
            audit.record(actor, AuditAction.UPDATE, SYSTEM, systemId, "total_points", before.totalPoints(), total, null);
            return systemId;
        });
    }

    /** Deletes the system with its indicators, inputs and scenarios. */
    public void deleteSystem(long systemId) {
        scope.requireWrite();
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            IndicatorSystemRepository repo = new IndicatorSystemRepository(tx);
            StoredSystem before = editable(repo, systemId);
            repo.deleteSystem(systemId);
            new AuditLog(tx).record(actor, AuditAction.DELETE, SYSTEM, systemId, "name", before.name(), null, null);
        });
    }

    /** Adds a category (一、二、…) at the end of the system. */
    public StoredSystem addCategory(long systemId, NodeEdit edit) {
        return addNode(systemId, null, edit, StoredNodeKind.CATEGORY);
    }

    /** Adds an indicator to a category ({@code categoryId}) or, if null, outside any category. */
    public StoredSystem addIndicator(long systemId, Long categoryId, NodeEdit edit) {
        StoredNodeKind kind = edit.kind() == null ? StoredNodeKind.SCORED : edit.kind();
        if (!kind.isIndicator()) {
            throw new UserFacingException("indicator.edit.kind");
        }
        return addNode(systemId, categoryId, edit, kind);
    }

    /** Adds a numbered sub-rule (1. 2. ①) under an indicator; it starts 待确认. */
    public StoredSystem addSubRule(long indicatorId, NodeEdit edit) {
        long systemId = systemOf(indicatorId);
        return addNode(systemId, indicatorId, edit, StoredNodeKind.RULE);
    }

    private StoredSystem addNode(long systemId, Long parentId, NodeEdit edit, StoredNodeKind kind) {
        NodeEdit clean = validNode(edit, kind);
        return inTransaction(systemId, (tx, repo) -> {
            StoredSystem system = editable(repo, systemId);
            if (parentId != null) {
                StoredNode parent = system.node(parentId)
                        .orElseThrow(() -> new UserFacingException("indicator.edit.notFound", parentId));
                boolean fits = kind == StoredNodeKind.RULE ? parent.kind().isIndicator()
                        : parent.kind() == StoredNodeKind.CATEGORY;
                if (!fits) {
                    throw new UserFacingException(kind == StoredNodeKind.RULE ? "indicator.edit.ruleParent"
                            : "indicator.edit.indicatorParent");
                }
            }
            long id = repo.insertNode(systemId, parentId, kind, clean.code(), clean.title(), clean.maxPoints());
            if (kind == StoredNodeKind.RULE && parentId != null) {
                moveRuleToFirstSubRule(repo, system.node(parentId).orElseThrow(), id);
            }
            new AuditLog(tx).record(actor, AuditAction.INSERT, NODE, id, "title", null, clean.title(),
                    "system " + systemId);
            return systemId;
        });
    }

    /**
     * An indicator that gets its first sub-rule hands its own typed rule to it, so the rule is not
     * silently ignored (an indicator with sub-rules is scored by them).
     */
    private static void moveRuleToFirstSubRule(IndicatorSystemRepository repo, StoredNode indicator, long subRuleId) {
        if (indicator.subRules().isEmpty() && indicator.rule() != null) {
            repo.updateRule(subRuleId, indicator.ruleText(), indicator.rule(), indicator.ruleNote());
            repo.updateRule(indicator.id(), indicator.ruleText(), null, null);
        }
    }

    /** Changes a node's 序号, name, 分值 and (for indicators) its kind. */
    public StoredSystem updateNode(long nodeId, NodeEdit edit) {
        long systemId = systemOf(nodeId);
        return inTransaction(systemId, (tx, repo) -> {
            StoredNode before = node(editable(repo, systemId), nodeId);
            StoredNodeKind kind = before.kind().isIndicator() && edit.kind() != null ? edit.kind() : before.kind();
            if (before.kind().isIndicator() != kind.isIndicator()) {
                throw new UserFacingException("indicator.edit.kind");
            }
            NodeEdit clean = validNode(edit, kind);
            repo.updateNode(nodeId, kind, clean.code(), clean.title(), clean.maxPoints());
            AuditLog audit = new AuditLog(tx);
            audit.record(actor, AuditAction.UPDATE, NODE, nodeId, "code", before.code(), clean.code(), null);
            audit.record(actor, AuditAction.UPDATE, NODE, nodeId, "title", before.title(), clean.title(), null);
            audit.record(actor, AuditAction.UPDATE, NODE, nodeId, "max_points", before.maxPoints(), clean.maxPoints(), null);
            audit.record(actor, AuditAction.UPDATE, NODE, nodeId, "kind", before.kind(), kind, null);
            return systemId;
        });
    }

    /** Deletes a category (with its indicators), an indicator (with its sub-rules) or a sub-rule. */
    public StoredSystem deleteNode(long nodeId) {
        long systemId = systemOf(nodeId);
        return inTransaction(systemId, (tx, repo) -> {
            StoredNode before = node(editable(repo, systemId), nodeId);
            repo.deleteNode(nodeId);
            new RuleInputsWriter(repo, messages).removeUnused(systemId);
            new AuditLog(tx).record(actor, AuditAction.DELETE, NODE, nodeId, "title", before.displayName(), null,
                    "system " + systemId);
            return systemId;
        });
    }

    /**
     * Saves a rule confirmed by the coordinator on an indicator without sub-rules or on a sub-rule:
     * the text verbatim, the typed rule reading its own input (or an existing one), the note.
     */
    public StoredSystem saveRule(long nodeId, RuleEdit edit) {
        long systemId = systemOf(nodeId);
        return inTransaction(systemId, (tx, repo) -> {
            StoredSystem system = editable(repo, systemId);
            StoredNode before = node(system, nodeId);
            if (before.kind() == StoredNodeKind.CATEGORY || !before.subRules().isEmpty()) {
                throw new UserFacingException("indicator.edit.ruleHolder", before.displayName());
            }
            StoredNode indicator = before.kind() == StoredNodeKind.RULE
                    ? node(system, before.parentId()) : before;
            ScoringRule rule = edit.rule() == null ? null
                    : new RuleInputsWriter(repo, messages).bind(system, indicator, nodeId, edit);
            repo.updateRule(nodeId, edit.ruleText(), rule, blankToNull(edit.note()));
            new RuleInputsWriter(repo, messages).removeUnused(systemId);
            AuditLog audit = new AuditLog(tx);
            IndicatorJson json = new IndicatorJson();
            audit.record(actor, AuditAction.UPDATE, NODE, nodeId, "rule_text", before.ruleText(), edit.ruleText(), null);
            audit.record(actor, AuditAction.UPDATE, NODE, nodeId, "rule_json",
                    before.rule() == null ? null : json.writeRule(before.rule()),
                    rule == null ? null : json.writeRule(rule), null);
            audit.record(actor, AuditAction.UPDATE, NODE, nodeId, "rule_note", before.ruleNote(), edit.note(), null);
            return systemId;
        });
    }

    private interface Write {
        long apply(DSLContext tx, IndicatorSystemRepository repo);
    }

    /** Runs the write, checks the whole resulting system, and returns it; any failure rolls back. */
    private StoredSystem inTransaction(Long systemId, Write write) {
        scope.requireWrite();
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            IndicatorSystemRepository repo = new IndicatorSystemRepository(tx);
            long id = write.apply(tx, repo);
            StoredSystem after = repo.find(id).orElseThrow(() -> new UserFacingException("indicator.edit.systemNotFound", id));
            IndicatorSystemValidator.check(StoredSystemModel.toModel(after));
            return after;
        });
    }

    private long systemOf(long nodeId) {
        return new IndicatorSystemRepository(dsl).systemOf(nodeId)
                .orElseThrow(() -> new UserFacingException("indicator.edit.notFound", nodeId));
    }

    private static StoredSystem editable(IndicatorSystemRepository repo, long systemId) {
        StoredSystem system = repo.find(systemId)
                .orElseThrow(() -> new UserFacingException("indicator.edit.systemNotFound", systemId));
        if (system.builtin()) {
            throw new UserFacingException("indicator.edit.builtin", system.name());
        }
        return system;
    }

    private static StoredNode node(StoredSystem system, Long nodeId) {
        return system.node(nodeId == null ? -1 : nodeId)
                .orElseThrow(() -> new UserFacingException("indicator.edit.notFound", nodeId));
    }

    private static String newCode() {
        return "user-" + UUID.randomUUID();
    }

    private String validName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new UserFacingException("indicator.edit.emptyName");
        }
        if (clean.length() > MAX_NAME) {
            throw new UserFacingException("indicator.edit.tooLong", messages.get("indicator.field.name"), MAX_NAME);
        }
        return clean;
    }

    private NodeEdit validNode(NodeEdit edit, StoredNodeKind kind) {
        String title = edit.title() == null ? "" : edit.title().strip();
        String code = blankToNull(edit.code() == null ? null : edit.code().strip());
        if (title.isEmpty() && kind != StoredNodeKind.RULE) {
            throw new UserFacingException("indicator.edit.emptyTitle", messages.get("indicator.kind." + kind.name()));
        }
        if (title.length() > MAX_TITLE) {
            throw new UserFacingException("indicator.edit.tooLong", messages.get("indicator.field.title"), MAX_TITLE);
        }
        if (code != null && code.length() > MAX_CODE) {
            throw new UserFacingException("indicator.edit.tooLong", messages.get("indicator.field.code"), MAX_CODE);
        }
        requireNonNegative(edit.maxPoints(), messages.get("indicator.field.maxPoints"));
        return new NodeEdit(code, title, edit.maxPoints(), kind);
    }

    private static void requireNonNegative(BigDecimal value, String field) {
        if (value != null && value.signum() < 0) {
            throw new UserFacingException("indicator.edit.negative", field, value.toPlainString());
        }
        if (value != null && value.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            throw new UserFacingException("indicator.edit.tooLarge", field, value.toPlainString());
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
