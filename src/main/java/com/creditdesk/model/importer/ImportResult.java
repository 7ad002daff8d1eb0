package com.creditdesk.model.importer;

/**
 * What an import wrote: the campaign, the task rows (sections, tasks, milestones), the indicator
 * rows (without their category rows), the distinct registry units referenced and how many of
 * them were created, and the number of warnings the preview had. {@code updated} is true when an
 * earlier import of the same file was replaced.
 */
public record ImportResult(long campaignId, int tasks, int indicators, int units, int newUnits, int warnings,
                           boolean updated) {
}
