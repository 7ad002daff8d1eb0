package com.creditdesk.logic.deadline;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.ledger.CampaignRepository;
import com.creditdesk.logic.ledger.TaskRepository;
import com.creditdesk.logic.user.AccessScope;
import com.creditdesk.model.deadline.DueItem;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.Task;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.creditdesk.logic.db.generated.Tables.TASK;
import static com.creditdesk.logic.db.generated.Tables.TASK_OCCURRENCE;

/**
 * The deadline board over the database: reads tasks and occurrence states, and records the
 * coordinator's date overrides and done occurrences, each in one audited transaction.
 */
public final class DeadlineService {

    private final DSLContext dsl;
    private final AccessScope scope;
    private final String actor;
    private final DeadlineBoard board;

    public DeadlineService(DSLContext dsl, String actor, DeadlineBoard board) {
        this(dsl, AccessScope.owner(actor), board);
    }

    public DeadlineService(DSLContext dsl, AccessScope scope, DeadlineBoard board) {
        this.dsl = dsl;
        this.scope = scope;
        this.actor = scope.actor();
        this.board = board;
    }

    public static DeadlineBoard standardBoard() {
        return new DeadlineBoard(new DeadlineParser(), WorkingDayCalendar.loadBundled());
    }

    /** The campaign's task deadlines and, as {@code DueSource.EVIDENCE} lines, its evidence due dates. */
    public List<DueItem> items(long campaignId, LocalDate today) {
        Campaign campaign = new CampaignRepository(dsl, scope).find(campaignId)
                .orElseThrow(() -> new UserFacingException("error.campaign.notFound", campaignId));
        List<Task> tasks = new TaskRepository(dsl, scope).findByCampaign(campaignId);
        List<DueItem> items = new java.util.ArrayList<>(board.items(campaign, tasks, doneOccurrences(campaignId), today));
        // Evidence owed by a date, unit by unit, in the same groups as the tasks.
        items.addAll(EvidenceDueItems.items(dsl, campaignId, today));
        items.sort(DeadlineBoard.ORDER);
        return items;
    }

    private Map<Long, Set<LocalDate>> doneOccurrences(long campaignId) {
        return dsl.select(TASK_OCCURRENCE.TASK_ID, TASK_OCCURRENCE.DUE_DATE)
                .from(TASK_OCCURRENCE).join(TASK).on(TASK.ID.eq(TASK_OCCURRENCE.TASK_ID))
                .where(TASK.CAMPAIGN_ID.eq(campaignId).and(TASK_OCCURRENCE.DONE.isTrue()).and(scope.campaignVisible(campaignId)))
                .fetch().stream()
                .collect(Collectors.groupingBy(r -> r.value1(),
                        Collectors.mapping(r -> r.value2(), Collectors.toCollection(HashSet::new))));
    }

    /** Sets (or with null clears) the coordinator's date; the 完成时限 text stays as written. */
    public void overrideDue(long taskId, LocalDate date, String note) {
        scope.requireWrite();
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            Task task = new TaskRepository(tx, scope).find(taskId)
                    .orElseThrow(() -> new UserFacingException("error.task.notFound", taskId));
            tx.update(TASK)
                    .set(TASK.DEADLINE_OVERRIDE, date)
                    .set(TASK.DEADLINE_OVERRIDE_NOTE, note == null || note.isBlank() ? null : note.strip())
                    .set(TASK.VERSION, TASK.VERSION.plus(1))
                    .set(TASK.UPDATED_AT, LocalDateTime.now())
                    .set(TASK.UPDATED_BY, actor)
                    .where(TASK.ID.eq(taskId))
                    .execute();
            new AuditLog(tx).record(actor, AuditAction.UPDATE, "task", taskId, "deadline_override",
                    task.deadlineOverride(), date, note);
        });
    }

    /** Marks one period of a recurring task done or not done. */
    public void setOccurrenceDone(long taskId, LocalDate due, boolean done) {
        scope.requireWrite();
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            new TaskRepository(tx, scope).find(taskId).orElseThrow(() -> new UserFacingException("error.task.notFound", taskId));
            int updated = tx.update(TASK_OCCURRENCE)
                    .set(TASK_OCCURRENCE.DONE, done)
                    .set(TASK_OCCURRENCE.DONE_AT, done ? LocalDateTime.now() : null)
                    .where(TASK_OCCURRENCE.TASK_ID.eq(taskId).and(TASK_OCCURRENCE.DUE_DATE.eq(due)))
                    .execute();
            if (updated == 0) {
                tx.insertInto(TASK_OCCURRENCE)
                        .set(TASK_OCCURRENCE.TASK_ID, taskId)
                        .set(TASK_OCCURRENCE.DUE_DATE, due)
                        .set(TASK_OCCURRENCE.LABEL, due.toString())
                        .set(TASK_OCCURRENCE.DONE, done)
                        .set(TASK_OCCURRENCE.DONE_AT, done ? LocalDateTime.now() : null)
                        .execute();
            }
            new AuditLog(tx).record(actor, AuditAction.UPDATE, "task_occurrence", taskId, due.toString(),
                    !done, done, null);
        });
    }
}
