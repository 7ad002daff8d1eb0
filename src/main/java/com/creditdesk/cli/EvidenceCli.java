package com.creditdesk.cli;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.evidence.EvidenceSettings;
import com.creditdesk.logic.evidence.FileStore;
import com.creditdesk.logic.ledger.CampaignRepository;
import com.creditdesk.logic.ledger.UnitRepository;
import com.creditdesk.model.ledger.Campaign;

import java.util.List;

/** What the evidence commands share: the campaign to work on, the file store, unit names. */
final class EvidenceCli {

    private EvidenceCli() {
    }

    static Campaign campaign(CliContext context, Long campaignId) {
        List<Campaign> campaigns = new CampaignRepository(context.database().dsl()).findAll();
        return campaigns.stream().filter(c -> campaignId == null || c.id() == campaignId).findFirst()
                .orElseThrow(() -> campaignId == null ? new UserFacingException("cli.tasks.noCampaign")
                        : new UserFacingException("error.campaign.notFound", campaignId));
    }

    static FileStore store(CliContext context) {
        return EvidenceSettings.store(context.database(), context.databasePassword());
    }

    static long unitId(CliContext context, String name) {
        return new UnitRepository(context.database().dsl()).findIdByNameOrAlias(name)
                .orElseThrow(() -> new UserFacingException("cli.evidence.unknownUnit", name));
    }

    static long number(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("cli.error.badValue", option, value);
        }
    }

    static String actor() {
        return System.getProperty("user.name", "cli");
    }
}
