package com.creditdesk.logic.ledger;

import com.creditdesk.logic.db.generated.tables.records.CampaignRecord;
import com.creditdesk.logic.user.AccessScope;
import com.creditdesk.model.ledger.Campaign;
import com.creditdesk.model.ledger.CampaignLevel;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Optional;

import static com.creditdesk.logic.db.generated.Tables.CAMPAIGN;

/** Campaigns (one per notice): only those of the user's county for a county user. */
public final class CampaignRepository {

    private final DSLContext dsl;
    private final AccessScope scope;

    /** Unrestricted: for the single user of an embedded database and for system work (seeding). */
    public CampaignRepository(DSLContext dsl) {
        this(dsl, AccessScope.owner("system"));
    }

    public CampaignRepository(DSLContext dsl, AccessScope scope) {
        this.dsl = dsl;
        this.scope = scope;
    }

    public List<Campaign> findAll() {
        return dsl.selectFrom(CAMPAIGN).where(scope.campaigns()).orderBy(CAMPAIGN.ID).fetch(CampaignRepository::toCampaign);
    }

    public Optional<Campaign> find(long id) {
        return dsl.selectFrom(CAMPAIGN).where(CAMPAIGN.ID.eq(id).and(scope.campaigns()))
                .fetchOptional(CampaignRepository::toCampaign);
    }

    /**
     * Inserts the campaign (its id is ignored) and returns the new id. A county user's campaign
     * belongs to that county.
     */
    public long insert(Campaign campaign, String sourceFile, String sourceSha256) {
        scope.requireWrite();
        return dsl.insertInto(CAMPAIGN)
                .set(CAMPAIGN.NAME, campaign.name())
                .set(CAMPAIGN.LEVEL, campaign.level().name())
                .set(CAMPAIGN.ISSUER, campaign.issuer())
                .set(CAMPAIGN.DOC_NUMBER, campaign.docNumber())
                .set(CAMPAIGN.ISSUE_DATE, campaign.issueDate())
                .set(CAMPAIGN.PERIOD_START, campaign.periodStart())
                .set(CAMPAIGN.PERIOD_END, campaign.periodEnd())
                .set(CAMPAIGN.INSPECTION_DATE, campaign.inspectionDate())
                .set(CAMPAIGN.SOURCE_FILE, sourceFile)
                .set(CAMPAIGN.SOURCE_SHA256, sourceSha256)
                .set(CAMPAIGN.COUNTY_CODE, scope.countyCode())
                .returning(CAMPAIGN.ID)
                .fetchOne(CAMPAIGN.ID);
    }

    public boolean delete(long id) {
        scope.requireWrite();
        return dsl.deleteFrom(CAMPAIGN).where(CAMPAIGN.ID.eq(id).and(scope.campaigns())).execute() > 0;
    }

    public int count() {
        return dsl.fetchCount(CAMPAIGN, scope.campaigns());
    }

    private static Campaign toCampaign(CampaignRecord r) {
        return new Campaign(r.getId(), r.getName(), CampaignLevel.valueOf(r.getLevel()), r.getIssuer(),
                r.getDocNumber(), r.getIssueDate(), r.getPeriodStart(), r.getPeriodEnd(), r.getInspectionDate());
    }
}
