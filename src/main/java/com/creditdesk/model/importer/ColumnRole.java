package com.creditdesk.model.importer;

/** What a column holds, recognised from its header text. */
public enum ColumnRole {
    SEQ,
    TASK,
    CONTENT,
    DELIVERABLE,
    RESPONSIBLE,
    LEAD,
    COOPERATING,
    DEADLINE,
    EVIDENCE,
    /** 项目, 指标性质: the group an indicator belongs to. */
    CATEGORY,
    /** 评估内容. */
    INDICATOR,
    POINTS,
    RULE,
    NOTE,
    UNKNOWN
}
