package com.creditdesk.model.exchange;

/**
 * What one package did to one kind of row. A row with a conflict and no other change counts as
 * {@code conflicted}, not as unchanged: the coordinator still has to look at it.
 */
public record EntityCounts(int added, int updated, int unchanged, int removed, int conflicted) {

    public static final EntityCounts NONE = new EntityCounts(0, 0, 0, 0, 0);
}
