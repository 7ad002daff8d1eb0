package com.creditdesk.logic.user;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.model.user.AppUser;
import com.creditdesk.model.user.Role;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import static com.creditdesk.logic.db.generated.Tables.CAMPAIGN;

/**
 * Who is working and what they may see: handed to repositories by constructor, which add
 * {@link #campaigns()} / {@link #campaignIdIn(Field)} to their queries, so a county user's queries
 * never return another county's rows (no filtering after the fact). Writes call {@link #requireWrite()}.
 */
public record AccessScope(String actor, Role role, String countyCode) {

    public AccessScope {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("actor required");
        }
        countyCode = countyCode == null || countyCode.isBlank() ? null : countyCode.strip();
    }

    /** The single user of an embedded database (the OS user): sees and edits everything. */
    public static AccessScope owner(String actor) {
        return new AccessScope(actor, Role.CITY_COORDINATOR, null);
    }

    public static AccessScope of(AppUser user) {
        return new AccessScope(user.name(), user.role(), user.countyCode());
    }

    /** Whether the user is limited to one county's campaigns. */
    public boolean isCountyLimited() {
        return countyCode != null;
    }

    /** The campaigns this user may see (a condition on CAMPAIGN). */
    public Condition campaigns() {
        return countyCode == null ? DSL.noCondition() : CAMPAIGN.COUNTY_CODE.eq(countyCode);
    }

    /** Rows whose campaign id ({@code campaignId}, e.g. TASK.CAMPAIGN_ID) is a campaign this user may see. */
    public Condition campaignIdIn(Field<Long> campaignId) {
        return countyCode == null ? DSL.noCondition()
                : campaignId.in(DSL.select(CAMPAIGN.ID).from(CAMPAIGN).where(campaigns()));
    }

    /**
     * Whether the campaign {@code campaignId} is one this user may see, as a condition to add to a
     * query about that one campaign: an uncorrelated EXISTS the database evaluates once, cheaper
     * than {@link #campaignIdIn} on every row.
     */
    public Condition campaignVisible(long campaignId) {
        return countyCode == null ? DSL.noCondition()
                : DSL.exists(DSL.selectOne().from(CAMPAIGN).where(CAMPAIGN.ID.eq(campaignId).and(campaigns())));
    }

    /** Refuses a change by a read-only user, with a message naming them. */
    public void requireWrite() {
        if (!role.canWrite()) {
            throw new UserFacingException("error.access.readOnly", actor);
        }
    }

    /** Refuses user administration by anyone but the city coordinator. */
    public void requireCityCoordinator() {
        if (role != Role.CITY_COORDINATOR || countyCode != null) {
            throw new UserFacingException("error.access.cityOnly", actor);
        }
    }
}
