package com.creditdesk.logic.importer;

import com.creditdesk.model.importer.ImportOptions;
import com.creditdesk.model.importer.ImportPreview;

/**
 * Writes a checked {@link ImportPreview} into the database in one transaction: the task tree
 * (sections, tasks, milestones with their units), indicators with evidence requirements, and
 * units matched or created. Implemented next to the repositories.
 */
public interface ImportWriter {

    /** Returns the id of the campaign (or indicator system) written. */
    long write(ImportPreview preview, ImportOptions options);
}
