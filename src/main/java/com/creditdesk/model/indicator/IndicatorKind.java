package com.creditdesk.model.indicator;

/** 硬指标/基础性指标 (veto), 评分指标/引导性指标 (scored), 附加项 (bonus). */
public enum IndicatorKind {
    VETO, SCORED, BONUS
}
