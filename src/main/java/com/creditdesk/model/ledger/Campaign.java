package com.creditdesk.model.ledger;

import java.time.LocalDate;

/** One notice's campaign: the plan the ledger tracks. Its issue date anchors year-less deadlines. */
public record Campaign(long id, String name, CampaignLevel level, String issuer, String docNumber,
                       LocalDate issueDate, LocalDate periodStart, LocalDate periodEnd,
                       LocalDate inspectionDate) {
}
