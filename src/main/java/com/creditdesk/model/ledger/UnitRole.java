package com.creditdesk.model.ledger;

/** How a unit is named for a task: 牵头单位, 责任单位, 配合单位. Bundle keys: {@code unit.role.NAME}. */
public enum UnitRole {
    LEAD,
    RESPONSIBLE,
    COOPERATING
}
