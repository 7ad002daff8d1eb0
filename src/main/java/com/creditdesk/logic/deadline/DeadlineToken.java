package com.creditdesk.logic.deadline;

import com.creditdesk.model.deadline.Recurrence;
import com.creditdesk.model.deadline.RelativeUnit;

/** One time expression found in a normalised clause; start/end are offsets in that clause. */
sealed interface DeadlineToken {

    int start();

    int end();

    /**
     * A calendar expression: year/month/day numbers (null when absent), relative year/month words
     * (今年, 本月, bare 年底), a part (底 末 初 上旬 中旬 下旬 上半年 下半年 第N季度 前N季度 内) and a
     * suffix (前 起 …).
     */
    record Calendar(int start, int end, Integer year, String yearWord, Integer month, String monthWord,
                    Integer day, String part, String suffix) implements DeadlineToken {
    }

    /** 每月25日前, 每季度, 按月统计. */
    record Recurring(int start, int end, Recurrence recurrence) implements DeadlineToken {
    }

    /** 7天内, 5个工作日内, 试行1年. */
    record Relative(int start, int end, int amount, RelativeUnit unit) implements DeadlineToken {
    }

    /** 最近1年, 近3年: a window looking back from an unstated end. */
    record Lookback(int start, int end) implements DeadlineToken {
    }

    /** 创建期内 (atEnd false) or 创建期末 (atEnd true). */
    record Campaign(int start, int end, boolean atEnd) implements DeadlineToken {
    }

    /** A five-year plan period such as 十四五时期 (2021–2025); atEnd for 十四五末. */
    record FiveYearPlan(int start, int end, int firstYear, boolean atEnd) implements DeadlineToken {
    }
}
