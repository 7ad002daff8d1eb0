package com.creditdesk.logic.importer;

import com.creditdesk.model.importer.ImportOptions;
import com.creditdesk.model.importer.ImportPreview;
import com.creditdesk.model.importer.ImportResult;

import java.util.Optional;

/**
 * Writes a checked {@link ImportPreview} into the database in one transaction: the task tree
 * (sections, tasks, milestones with their units), indicators with evidence requirements, and
 * units matched or created. Implemented by {@link DatabaseImportWriter}.
 */
public interface ImportWriter {

    /** Writes the preview; {@link ImportResult#campaignId()} is the campaign written. */
    ImportResult write(ImportPreview preview, ImportOptions options);

    /** The campaign imported earlier from a file with this SHA-256, if any. */
    default Optional<Long> findCampaignBySha256(String sha256) {
        return Optional.empty();
    }
}
