package com.creditdesk.logic.scoring;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditAction;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.user.AccessScope;
import com.creditdesk.model.indicator.IndicatorSystem;
import com.creditdesk.model.indicator.InspectionDate;
import com.creditdesk.model.indicator.RiskRow;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static com.creditdesk.logic.db.generated.Tables.CAMPAIGN;

/**
 * 逾期风险 of a campaign for one indicator system, and the inspection date it is measured against
 * (campaign.inspection_date, else campaign.period_end), which the coordinator can set. Built-in
 * systems have no rows the ledger can point to, so they have no risks to show.
 */
public final class RiskService {

    private final DSLContext dsl;
    private final AccessScope scope;
    private final String actor;

    public RiskService(DSLContext dsl, String actor) {
        this(dsl, AccessScope.owner(actor));
    }

    /** A logged-in user: setting the inspection date needs {@link AccessScope#requireWrite()}. */
    public RiskService(DSLContext dsl, AccessScope scope) {
        this.dsl = dsl;
        this.scope = scope;
        this.actor = scope.actor();
    }

    public InspectionDate inspectionDate(long campaignId) {
        Record r = dsl.select(CAMPAIGN.INSPECTION_DATE, CAMPAIGN.PERIOD_END).from(CAMPAIGN)
                .where(CAMPAIGN.ID.eq(campaignId)).fetchOptional()
                .orElseThrow(() -> new UserFacingException("risk.campaignNotFound", campaignId));
        LocalDate set = r.get(CAMPAIGN.INSPECTION_DATE);
        return set != null ? new InspectionDate(set, false) : new InspectionDate(r.get(CAMPAIGN.PERIOD_END), true);
    }

    /** Sets (or with null clears) the campaign's inspection date; audited. */
    public void setInspectionDate(long campaignId, LocalDate date) {
        scope.requireWrite();
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            LocalDate before = tx.select(CAMPAIGN.INSPECTION_DATE).from(CAMPAIGN).where(CAMPAIGN.ID.eq(campaignId))
                    .fetchOptional(CAMPAIGN.INSPECTION_DATE).orElse(null);
            int updated = tx.update(CAMPAIGN).set(CAMPAIGN.INSPECTION_DATE, date).where(CAMPAIGN.ID.eq(campaignId)).execute();
            if (updated == 0) {
                throw new UserFacingException("risk.campaignNotFound", campaignId);
            }
            new AuditLog(tx).record(actor, AuditAction.UPDATE, "campaign", campaignId, "inspection_date", before, date, null);
        });
    }

    public List<RiskRow> risks(long campaignId, IndicatorSystem system, LocalDate today) {
        Optional<Long> stored = new IndicatorSystemRepository(dsl).idOf(system.code());
        if (stored.isEmpty()) {
            return List.of();
        }
        return OverdueRisks.compute(system, new LedgerLinkQuery(dsl).links(campaignId, stored.get()), today,
                inspectionDate(campaignId).date());
    }
}
