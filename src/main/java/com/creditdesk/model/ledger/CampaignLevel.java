package com.creditdesk.model.ledger;

/** National 示范城市 or provincial 典型城市 campaign. Bundle keys: {@code campaign.level.NAME}. */
public enum CampaignLevel {
    NATIONAL,
    PROVINCIAL,
    OTHER
}
