package com.creditdesk.logic.backup;

import java.util.List;

/** What a backup holds: each entry with its size and SHA-256, so a restore can verify it first. */
public record BackupManifest(String format, String appVersion, String createdAt, String database,
                             List<Entry> entries) {

    public static final String FORMAT = "credit-desk-backup-1";

    public BackupManifest {
        entries = List.copyOf(entries);
    }

    /** One file of the backup archive. */
    public record Entry(String name, long size, String sha256) {
    }
}
