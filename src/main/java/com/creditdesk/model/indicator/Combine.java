package com.creditdesk.model.indicator;

/** How the sub-rules of one indicator combine: summed, or the best one (以…得分较高的为准). */
public enum Combine {
    SUM, MAX
}
