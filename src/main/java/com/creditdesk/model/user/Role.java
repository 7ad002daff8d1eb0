package com.creditdesk.model.user;

/** What a user of a shared server database may do. */
public enum Role {
    /** 市信用办: sees and edits every campaign, manages users. */
    CITY_COORDINATOR,
    /** 县（市、区）信用办: sees and edits only the campaigns of its county. */
    COUNTY_COORDINATOR,
    /** 领导查看: reads (all campaigns, or one county's), never writes. */
    LEADER_READONLY;

    public boolean canWrite() {
        return this != LEADER_READONLY;
    }
}
