package com.creditdesk.model.ledger;

/**
 * A department (市市场监管局), a government (某县人民政府) or a group standing for many units
 * (各县（市、区）人民政府, 市有关单位). Bundle keys: {@code unit.kind.NAME}.
 */
public enum UnitKind {
    DEPARTMENT,
    GOVERNMENT,
    GROUP,
    OTHER
}
