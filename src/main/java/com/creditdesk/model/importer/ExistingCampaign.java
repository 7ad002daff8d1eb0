package com.creditdesk.model.importer;

/**
 * What to do when the file (same SHA-256) was imported before: REFUSE stops the import (the
 * caller must ask), UPDATE replaces the earlier campaign's tasks and indicators keeping statuses,
 * NEW imports it once more as a separate campaign.
 */
public enum ExistingCampaign {
    REFUSE,
    UPDATE,
    NEW
}
