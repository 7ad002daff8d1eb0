package com.creditdesk.model.exchange;

import java.util.List;

/** The {@code campaigns.json} part of a 报送包: the county's campaigns and the evidence files they use. */
public record PackageLedger(String format, List<PackageCampaign> campaigns, List<PackageFile> files) {

    public static final String FORMAT = "credit-desk-ledger-1";

    public PackageLedger {
        campaigns = List.copyOf(campaigns);
        files = List.copyOf(files);
    }
}
