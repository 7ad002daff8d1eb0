package com.creditdesk.logic.ledger;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.generated.tables.records.TaskRecord;
import com.creditdesk.logic.user.AccessScope;
import com.creditdesk.model.ledger.NodeKind;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskDraft;
import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.model.ledger.TaskUnit;
import com.creditdesk.model.ledger.UnitRole;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.creditdesk.logic.db.generated.Tables.AUDIT_LOG;
import static com.creditdesk.logic.db.generated.Tables.CAMPAIGN;
import static com.creditdesk.logic.db.generated.Tables.TASK;
import static com.creditdesk.logic.db.generated.Tables.TASK_UNIT;
import static com.creditdesk.logic.db.generated.Tables.UNIT;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

/**
 * Ledger nodes and their units. Two queries per listing, whatever the number of tasks. Every query
 * carries the user's scope: a county user never reads or writes another county's tasks.
 */
public final class TaskRepository {

    private final DSLContext dsl;
    private final AccessScope scope;

    /** Unrestricted: for the single user of an embedded database and for system work (seeding). */
    public TaskRepository(DSLContext dsl) {
        this(dsl, AccessScope.owner("system"));
    }

    public TaskRepository(DSLContext dsl, AccessScope scope) {
        this.dsl = dsl;
        this.scope = scope;
    }

    private Condition visible() {
        return scope.campaignIdIn(TASK.CAMPAIGN_ID);
    }

    public List<Task> findByCampaign(long campaignId) {
        Map<Long, List<TaskUnit>> units = dsl
                .select(TASK_UNIT.TASK_ID, TASK_UNIT.UNIT_ID, UNIT.NAME, TASK_UNIT.ROLE)
                .from(TASK_UNIT).join(UNIT).on(UNIT.ID.eq(TASK_UNIT.UNIT_ID))
                .join(TASK).on(TASK.ID.eq(TASK_UNIT.TASK_ID))
                .where(TASK.CAMPAIGN_ID.eq(campaignId).and(scope.campaignVisible(campaignId)))
                .orderBy(TASK_UNIT.TASK_ID, TASK_UNIT.SORT_ORDER)
                .fetch().stream()
                .collect(groupingBy(r -> r.value1(),
                        mapping(r -> new TaskUnit(r.value2(), r.value3(), UnitRole.valueOf(r.value4())), toList())));
        return dsl.selectFrom(TASK)
                .where(TASK.CAMPAIGN_ID.eq(campaignId).and(scope.campaignVisible(campaignId)))
                .orderBy(TASK.SORT_ORDER, TASK.ID)
                .fetch(r -> toTask(r, units.getOrDefault(r.getId(), List.of())));
    }

    public Optional<Task> find(long id) {
        return dsl.selectFrom(TASK).where(TASK.ID.eq(id).and(visible())).fetchOptional(r -> toTask(r, unitsOf(id)));
    }

    private List<TaskUnit> unitsOf(long taskId) {
        return dsl.select(TASK_UNIT.UNIT_ID, UNIT.NAME, TASK_UNIT.ROLE)
                .from(TASK_UNIT).join(UNIT).on(UNIT.ID.eq(TASK_UNIT.UNIT_ID))
                .where(TASK_UNIT.TASK_ID.eq(taskId))
                .orderBy(TASK_UNIT.SORT_ORDER)
                .fetch(r -> new TaskUnit(r.value1(), r.value2(), UnitRole.valueOf(r.value3())));
    }

    public long insert(TaskDraft draft, int sortOrder) {
        scope.requireWrite();
        if (scope.isCountyLimited() && !dsl.fetchExists(CAMPAIGN, CAMPAIGN.ID.eq(draft.campaignId()).and(scope.campaigns()))) {
            throw new UserFacingException("error.campaign.notFound", draft.campaignId());
        }
        return dsl.insertInto(TASK)
                .set(TASK.CAMPAIGN_ID, draft.campaignId())
                .set(TASK.PARENT_ID, draft.parentId())
                .set(TASK.NODE_KIND, draft.kind().name())
                .set(TASK.SORT_ORDER, sortOrder)
                .set(TASK.SEQ_LABEL, draft.seqLabel())
                .set(TASK.TITLE, draft.title())
                .set(TASK.CONTENT, draft.content())
                .set(TASK.DELIVERABLE, draft.deliverable())
                .set(TASK.UNITS_TEXT, draft.unitsText())
                .set(TASK.LEAD_UNITS_TEXT, draft.leadUnitsText())
                .set(TASK.DEADLINE_TEXT, draft.deadlineText())
                .set(TASK.SOURCE_REF, draft.sourceRef())
                .set(TASK.UPDATED_BY, scope.actor())
                .returning(TASK.ID)
                .fetchOne(TASK.ID);
    }

    /** The next free position at the end of a campaign's ledger. */
    public int nextSortOrder(long campaignId) {
        Integer max = dsl.select(DSL.max(TASK.SORT_ORDER)).from(TASK).where(TASK.CAMPAIGN_ID.eq(campaignId)).fetchOne(0, Integer.class);
        return max == null ? 0 : max + 1;
    }

    /**
     * Writes the coordinator-editable fields if nobody changed the task since {@code expectedVersion}
     * was read; returns false when the version no longer matches.
     */
    public boolean updateTracking(long id, int expectedVersion, String title, TaskStatus status, String progressNote) {
        scope.requireWrite();
        return dsl.update(TASK)
                .set(TASK.TITLE, title)
                .set(TASK.STATUS, status.name())
                .set(TASK.PROGRESS_NOTE, progressNote)
                .set(TASK.VERSION, TASK.VERSION.plus(1))
                .set(TASK.UPDATED_AT, LocalDateTime.now())
                .set(TASK.UPDATED_BY, scope.actor())
                .where(TASK.ID.eq(id).and(TASK.VERSION.eq(expectedVersion)).and(visible()))
                .execute() == 1;
    }

    public void replaceUnits(long taskId, List<TaskUnit> units) {
        scope.requireWrite();
        dsl.deleteFrom(TASK_UNIT).where(TASK_UNIT.TASK_ID.eq(taskId)).execute();
        List<TaskUnit> unique = new ArrayList<>();
        for (TaskUnit unit : units) {
            boolean duplicate = unique.stream().anyMatch(u -> u.unitId() == unit.unitId() && u.role() == unit.role());
            if (!duplicate) {
                unique.add(unit);
            }
        }
        for (int i = 0; i < unique.size(); i++) {
            TaskUnit unit = unique.get(i);
            dsl.insertInto(TASK_UNIT)
                    .set(TASK_UNIT.TASK_ID, taskId)
                    .set(TASK_UNIT.UNIT_ID, unit.unitId())
                    .set(TASK_UNIT.ROLE, unit.role().name())
                    .set(TASK_UNIT.SORT_ORDER, i)
                    .execute();
        }
    }

    public boolean delete(long id) {
        scope.requireWrite();
        return dsl.deleteFrom(TASK).where(TASK.ID.eq(id).and(visible())).execute() > 0;
    }

    public int countByCampaign(long campaignId) {
        return dsl.fetchCount(TASK, TASK.CAMPAIGN_ID.eq(campaignId).and(scope.campaignVisible(campaignId)));
    }

    /**
     * Who saved the task last and when: its updated_by, or for rows written before that column
     * existed, the newest audit entry about it. Empty when neither is known.
     */
    public Optional<LastChange> lastChange(long id) {
        return dsl.select(TASK.UPDATED_BY, TASK.UPDATED_AT).from(TASK).where(TASK.ID.eq(id).and(visible()))
                .fetchOptional().flatMap(r -> {
                    String who = r.value1() != null ? r.value1()
                            : dsl.select(AUDIT_LOG.ACTOR).from(AUDIT_LOG)
                                    .where(AUDIT_LOG.ENTITY.eq("task").and(AUDIT_LOG.ENTITY_ID.eq(id)))
                                    .orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchOne(AUDIT_LOG.ACTOR);
                    return who == null ? Optional.empty() : Optional.of(new LastChange(who, r.value2()));
                });
    }

    /** The last writer of a row and the time of the write. */
    public record LastChange(String who, LocalDateTime at) {
    }

    private static Task toTask(TaskRecord r, List<TaskUnit> units) {
        return new Task(r.getId(), r.getCampaignId(), r.getParentId(), NodeKind.valueOf(r.getNodeKind()),
                r.getSortOrder(), r.getSeqLabel(), r.getTitle(), r.getContent(), r.getDeliverable(),
                TaskStatus.valueOf(r.getStatus()), r.getProgressNote(), r.getUnitsText(), r.getLeadUnitsText(),
                r.getDeadlineText(), r.getDeadlineDue(), r.getDeadlineOverride(), units, r.getVersion());
    }
}
