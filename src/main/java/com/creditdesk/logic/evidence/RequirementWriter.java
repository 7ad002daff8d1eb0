package com.creditdesk.logic.evidence;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.deadline.DeadlineContext;
import com.creditdesk.logic.deadline.DeadlineParser;
import com.creditdesk.logic.deadline.WorkingDayCalendar;
import com.creditdesk.logic.ledger.CampaignRepository;
import com.creditdesk.model.deadline.ParsedDeadline;
import com.creditdesk.model.evidence.Classification;
import com.creditdesk.model.evidence.EvidenceType;
import com.creditdesk.model.evidence.RequirementDraft;
import com.creditdesk.model.ledger.Campaign;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.function.Supplier;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT_UNIT;
import static com.creditdesk.logic.db.generated.Tables.INDICATOR;
import static com.creditdesk.logic.db.generated.Tables.TASK;
import static com.creditdesk.logic.db.generated.Tables.UNIT;

/** Writes requirements entered by hand inside the caller's transaction, audited. */
final class RequirementWriter {

    private final DSLContext tx;
    private final String actor;
    private final Supplier<WorkingDayCalendar> calendar;

    RequirementWriter(DSLContext tx, String actor, Supplier<WorkingDayCalendar> calendar) {
        this.tx = tx;
        this.actor = actor;
        this.calendar = calendar;
    }

    long insert(RequirementDraft draft) {
        Campaign campaign = validate(draft);
        long id = tx.insertInto(EVIDENCE_REQUIREMENT)
                .set(EVIDENCE_REQUIREMENT.CAMPAIGN_ID, draft.campaignId())
                .set(EVIDENCE_REQUIREMENT.INDICATOR_ID, draft.indicatorId())
                .set(EVIDENCE_REQUIREMENT.TASK_ID, draft.taskId())
                .set(EVIDENCE_REQUIREMENT.TEXT, draft.text().strip())
                .returning(EVIDENCE_REQUIREMENT.ID).fetchOne(EVIDENCE_REQUIREMENT.ID);
        write(id, draft, campaign);
        new AuditLog(tx).record(actor, AuditAction.INSERT, "evidence_requirement", id, null, null, draft.text().strip(), null);
        return id;
    }

    void update(long id, int expectedVersion, RequirementDraft draft) {
        var old = tx.selectFrom(EVIDENCE_REQUIREMENT).where(EVIDENCE_REQUIREMENT.ID.eq(id)).fetchOptional()
                .orElseThrow(() -> new UserFacingException("evidence.error.requirementNotFound", id));
        if (old.getVersion() != expectedVersion) {
            throw new UserFacingException("evidence.error.staleRequirement", id);
        }
        Campaign campaign = validate(draft);
        write(id, draft, campaign);
        var now = tx.selectFrom(EVIDENCE_REQUIREMENT).where(EVIDENCE_REQUIREMENT.ID.eq(id)).fetchOne();
        AuditLog audit = new AuditLog(tx);
        for (var field : EVIDENCE_REQUIREMENT.fields()) {
            Object before = old.get(field);
            Object after = now.get(field);
            if (field != EVIDENCE_REQUIREMENT.VERSION && !java.util.Objects.equals(before, after)) {
                audit.record(actor, AuditAction.UPDATE, "evidence_requirement", id, field.getName().toLowerCase(), before, after, null);
            }
        }
    }

    void delete(long id) {
        var old = tx.selectFrom(EVIDENCE_REQUIREMENT).where(EVIDENCE_REQUIREMENT.ID.eq(id)).fetchOptional()
                .orElseThrow(() -> new UserFacingException("evidence.error.requirementNotFound", id));
        tx.deleteFrom(EVIDENCE_REQUIREMENT).where(EVIDENCE_REQUIREMENT.ID.eq(id)).execute();
        new AuditLog(tx).record(actor, AuditAction.DELETE, "evidence_requirement", id, null, old.getText(), null, null);
    }

    private Campaign validate(RequirementDraft draft) {
        if (draft.text() == null || draft.text().isBlank()) {
            throw new UserFacingException("evidence.error.emptyText");
        }
        if (draft.indicatorId() == null && draft.taskId() == null) {
            throw new UserFacingException("evidence.error.noOwner");
        }
        Campaign campaign = new CampaignRepository(tx).find(draft.campaignId())
                .orElseThrow(() -> new UserFacingException("error.campaign.notFound", draft.campaignId()));
        if (draft.indicatorId() != null && !tx.fetchExists(INDICATOR, INDICATOR.ID.eq(draft.indicatorId()))) {
            throw new UserFacingException("evidence.error.indicatorNotFound", draft.indicatorId());
        }
        if (draft.taskId() != null && !tx.fetchExists(TASK, TASK.ID.eq(draft.taskId()).and(TASK.CAMPAIGN_ID.eq(draft.campaignId())))) {
            throw new UserFacingException("error.task.notFound", draft.taskId());
        }
        for (long unitId : draft.unitIds()) {
            if (!tx.fetchExists(UNIT, UNIT.ID.eq(unitId))) {
                throw new UserFacingException("evidence.error.unitNotFound", unitId);
            }
        }
        return campaign;
    }

    private void write(long id, RequirementDraft draft, Campaign campaign) {
        Classification read = EvidenceClassifier.classify(draft.text());
        EvidenceType type = draft.type() != null ? draft.type() : read.type();
        boolean stamp = draft.stampRequired() != null ? draft.stampRequired() : read.stampRequired();
        String period = draft.periodText() != null ? blankToNull(draft.periodText()) : read.periodText();
        String deadlineText = blankToNull(draft.deadlineText());
        ParsedDeadline parsed = deadlineText == null ? null : parse(deadlineText, campaign);
        tx.update(EVIDENCE_REQUIREMENT)
                .set(EVIDENCE_REQUIREMENT.INDICATOR_ID, draft.indicatorId())
                .set(EVIDENCE_REQUIREMENT.TASK_ID, draft.taskId())
                .set(EVIDENCE_REQUIREMENT.TEXT, draft.text().strip())
                .set(EVIDENCE_REQUIREMENT.EVIDENCE_TYPE, type.name())
                .set(EVIDENCE_REQUIREMENT.STAMP_REQUIRED, stamp)
                .set(EVIDENCE_REQUIREMENT.PERIOD_TEXT, clip(period, 500))
                .set(EVIDENCE_REQUIREMENT.DEADLINE_TEXT, clip(deadlineText, 1000))
                .set(EVIDENCE_REQUIREMENT.DEADLINE_KIND, parsed == null ? null : parsed.kind().name())
                .set(EVIDENCE_REQUIREMENT.DEADLINE_DUE, parsed == null ? null : parsed.due())
                .set(EVIDENCE_REQUIREMENT.DEADLINE_REVIEW, parsed != null && (parsed.review() || parsed.due() == null))
                .set(EVIDENCE_REQUIREMENT.VERSION, EVIDENCE_REQUIREMENT.VERSION.plus(1))
                .where(EVIDENCE_REQUIREMENT.ID.eq(id))
                .execute();
        tx.deleteFrom(EVIDENCE_REQUIREMENT_UNIT).where(EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID.eq(id)).execute();
        for (long unitId : new LinkedHashSet<>(draft.unitIds())) {
            tx.insertInto(EVIDENCE_REQUIREMENT_UNIT).set(EVIDENCE_REQUIREMENT_UNIT.REQUIREMENT_ID, id)
                    .set(EVIDENCE_REQUIREMENT_UNIT.UNIT_ID, unitId).execute();
        }
    }

    private ParsedDeadline parse(String text, Campaign campaign) {
        LocalDate reference = campaign.issueDate() != null ? campaign.issueDate() : LocalDate.now();
        return new DeadlineParser().parse(text,
                new DeadlineContext(reference, campaign.periodStart(), campaign.periodEnd(), calendar.get()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
