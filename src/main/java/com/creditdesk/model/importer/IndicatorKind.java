package com.creditdesk.model.importer;

/** VETO: 基础指标/硬指标, must be met; SCORED: earns points; BONUS: 附加项. */
public enum IndicatorKind {
    VETO,
    SCORED,
    BONUS
}
