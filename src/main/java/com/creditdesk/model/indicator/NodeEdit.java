package com.creditdesk.model.indicator;

import java.math.BigDecimal;

/** What the coordinator types for a category, indicator or sub-rule: 序号 as written, name, 分值, kind. */
public record NodeEdit(String code, String title, BigDecimal maxPoints, StoredNodeKind kind) {
}
