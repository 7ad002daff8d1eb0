package com.creditdesk.logic.ledger;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.user.AccessScope;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.NodeKind;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskDraft;
import com.creditdesk.model.ledger.TaskEdit;
import com.creditdesk.model.ledger.TaskUnit;
import com.creditdesk.model.ledger.Unit;
import com.creditdesk.model.ledger.UnitRole;
import com.creditdesk.model.ledger.UnitWorkload;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The coordinator's ledger actions. Each write is one transaction that also writes its audit
 * entries, so a change and its record commit or roll back together.
 */
public final class LedgerService {

    public static final int MAX_TITLE_LENGTH = 2000;
    public static final int MAX_NOTE_LENGTH = 20_000;

    private final DSLContext dsl;
    private final AccessScope scope;
    private final String actor;

    /** The single user of an embedded database: sees and edits everything, as {@code actor}. */
    public LedgerService(DSLContext dsl, String actor) {
        this(dsl, AccessScope.owner(actor));
    }

    /** A logged-in user of a shared database: reads and writes within {@code scope}. */
    public LedgerService(DSLContext dsl, AccessScope scope) {
        this.dsl = dsl;
        this.scope = scope;
        this.actor = scope.actor();
    }

    public String actor() {
        return actor;
    }

    public AccessScope scope() {
        return scope;
    }

    public List<Campaign> campaigns() {
        return new CampaignRepository(dsl, scope).findAll();
    }

    public List<Task> tasks(long campaignId) {
        return new TaskRepository(dsl, scope).findByCampaign(campaignId);
    }

    /** One task as stored now (e.g. to reload it after a concurrent edit); empty if gone or not visible. */
    public java.util.Optional<Task> task(long taskId) {
        return new TaskRepository(dsl, scope).find(taskId);
    }

    public List<Unit> units() {
        return new UnitRepository(dsl).findAll();
    }

    public List<UnitWorkload> workload(long campaignId) {
        return new WorkloadQuery(dsl, scope).byUnit(campaignId);
    }

    /** Records a unit's contact person and phone (who to call when it is behind). */
    public void updateUnitContact(long unitId, String contact, String phone) {
        scope.requireWrite();
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            UnitRepository units = new UnitRepository(tx);
            Unit before = units.findAll().stream().filter(u -> u.id() == unitId).findFirst()
                    .orElseThrow(() -> new UserFacingException("error.unit.notFound", unitId));
            units.updateContact(unitId, blankToNull(contact), blankToNull(phone));
            AuditLog audit = new AuditLog(tx);
            if (!Objects.equals(blankToNull(before.contact()), blankToNull(contact))) {
                audit.record(actor, AuditAction.UPDATE, "unit", unitId, "contact", before.contact(), blankToNull(contact), null);
            }
            if (!Objects.equals(blankToNull(before.phone()), blankToNull(phone))) {
                audit.record(actor, AuditAction.UPDATE, "unit", unitId, "phone", before.phone(), blankToNull(phone), null);
            }
        });
    }

    /** Saves an edit and returns the task as stored. */
    public Task updateTask(TaskEdit edit) {
        String title = edit.title() == null ? "" : edit.title().strip();
        validate(title, edit.progressNote());
        scope.requireWrite();
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            TaskRepository tasks = new TaskRepository(tx, scope);
            AuditLog audit = new AuditLog(tx);
            Task before = tasks.find(edit.taskId())
                    .orElseThrow(() -> new UserFacingException("error.task.notFound", edit.taskId()));
            if (before.version() != edit.expectedVersion()) {
                throw ConcurrentEditException.of(before.title(), tasks.lastChange(before.id()));
            }
            List<TaskUnit> units = resolveUnits(tx, audit, edit.units());
            if (!tasks.updateTracking(before.id(), edit.expectedVersion(), title, edit.status(), edit.progressNote())) {
                throw ConcurrentEditException.of(before.title(), tasks.lastChange(before.id()));
            }
            tasks.replaceUnits(before.id(), units);
            Task after = tasks.find(before.id()).orElseThrow();
            auditChange(audit, before.id(), "title", before.title(), after.title());
            auditChange(audit, before.id(), "status", before.status(), after.status());
            auditChange(audit, before.id(), "progress_note", before.progressNote(), after.progressNote());
            auditChange(audit, before.id(), "units", describeUnits(before.units()), describeUnits(after.units()));
            return after;
        });
    }

    /** Adds a task at the end of the campaign (under {@code parentId} if given). */
    public long addTask(long campaignId, Long parentId, String seqLabel, String title) {
        String cleanTitle = title == null ? "" : title.strip();
        validate(cleanTitle, null);
        scope.requireWrite();
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            TaskRepository tasks = new TaskRepository(tx, scope);
            NodeKind kind = parentId == null ? NodeKind.SECTION : NodeKind.TASK;
            long id = tasks.insert(new TaskDraft(campaignId, parentId, kind, blankToNull(seqLabel), cleanTitle,
                    null, null, null, null, null, null), tasks.nextSortOrder(campaignId));
            new AuditLog(tx).record(actor, AuditAction.INSERT, "task", id, "title", null, cleanTitle, null);
            return id;
        });
    }

    /** Deletes a task with its milestones and sub-tasks. */
    public void deleteTask(long taskId) {
        scope.requireWrite();
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            TaskRepository tasks = new TaskRepository(tx, scope);
            Task task = tasks.find(taskId).orElseThrow(() -> new UserFacingException("error.task.notFound", taskId));
            tasks.delete(taskId);
            new AuditLog(tx).record(actor, AuditAction.DELETE, "task", taskId, "title", task.title(), null, null);
        });
    }

    /** Deletes a whole campaign with its ledger (e.g. the built-in example). */
    public void deleteCampaign(long campaignId) {
        scope.requireWrite();
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            CampaignRepository campaigns = new CampaignRepository(tx, scope);
            Campaign campaign = campaigns.find(campaignId)
                    .orElseThrow(() -> new UserFacingException("error.campaign.notFound", campaignId));
            campaigns.delete(campaignId);
            new AuditLog(tx).record(actor, AuditAction.DELETE, "campaign", campaignId, "name", campaign.name(), null, null);
        });
    }

    private static void validate(String title, String progressNote) {
        if (title.isEmpty()) {
            throw new UserFacingException("error.task.titleRequired");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new UserFacingException("error.task.titleTooLong", MAX_TITLE_LENGTH);
        }
        if (progressNote != null && progressNote.length() > MAX_NOTE_LENGTH) {
            throw new UserFacingException("error.task.noteTooLong", MAX_NOTE_LENGTH);
        }
    }

    private List<TaskUnit> resolveUnits(DSLContext tx, AuditLog audit, List<TaskEdit.UnitAssignment> assignments) {
        UnitRepository units = new UnitRepository(tx);
        List<TaskUnit> resolved = new ArrayList<>();
        for (TaskEdit.UnitAssignment assignment : assignments) {
            String name = assignment.unitName() == null ? "" : assignment.unitName().strip();
            if (name.isEmpty()) {
                continue;
            }
            long id = units.findIdByNameOrAlias(name).orElseGet(() -> {
                long created = units.insert(name, UnitKinds.guess(name));
                audit.record(actor, AuditAction.INSERT, "unit", created, "name", null, name, null);
                return created;
            });
            resolved.add(new TaskUnit(id, name, assignment.role()));
        }
        return resolved;
    }

    private void auditChange(AuditLog audit, long taskId, String field, Object before, Object after) {
        String oldText = before == null ? null : before.toString();
        String newText = after == null ? null : after.toString();
        if (!Objects.equals(blankToNull(oldText), blankToNull(newText))) {
            audit.record(actor, AuditAction.UPDATE, "task", taskId, field, oldText, newText, null);
        }
    }

    /** "LEAD: A、B; RESPONSIBLE: C" — stable text so the audit log shows unit changes readably. */
    public static String describeUnits(List<TaskUnit> units) {
        List<String> parts = new ArrayList<>();
        for (UnitRole role : UnitRole.values()) {
            String names = units.stream().filter(u -> u.role() == role).map(TaskUnit::unitName)
                    .collect(Collectors.joining("、"));
            if (!names.isEmpty()) {
                parts.add(role.name() + ": " + names);
            }
        }
        return String.join("; ", parts);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
