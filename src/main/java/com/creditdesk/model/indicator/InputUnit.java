package com.creditdesk.model.indicator;

/** What kind of value a scenario input holds; decides validation and the editor the UI shows. */
public enum InputUnit {
    /** A whole number of things (件, 个领域, 家). */
    COUNT,
    /** A percentage 0–100 (写作 80 表示 80%). */
    PERCENT,
    /** A plain ratio or rate (可大于 1). */
    RATIO,
    /** 是/否. */
    YESNO,
    /** An expected score given by the coordinator (酌情计分). */
    SCORE,
    /** A rank, 1 = best. */
    RANK,
    /** Twelve monthly values, or the number of months that met the condition. */
    MONTHLY,
    /** An amount (元, 条, 天 …): any non-negative number. */
    AMOUNT,
    /** One of the labelled options of a {@link Choice} rule. */
    CHOICE
}
