package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.List;

/** A 项目 (一、二、… / 基础性指标 / 创建指标 1): documented max (null if the source gives none). */
public record Category(String code, String title, BigDecimal maxPoints, List<Indicator> indicators) {

    public Category {
        if (title == null || indicators == null) {
            throw new RuleInputException("scoring.rule.invalid", "category " + code);
        }
        indicators = List.copyOf(indicators);
    }
}
