package com.creditdesk.bench;

import com.creditdesk.logic.deadline.DeadlineContext;
import com.creditdesk.logic.deadline.DeadlineParser;
import com.creditdesk.logic.deadline.WorkingDayCalendar;
import com.creditdesk.model.deadline.DeadlineKind;
import com.creditdesk.model.deadline.ParsedDeadline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Parses 10,000 完成时限 cells (a mix like the seeds': short cells and long sentences) per round. */
@Tag("benchmark")
class DeadlineParserBench {

    private static final String[] MIX = {
            "6 月底前", "3 月底前", "持续推进", "2019年底前", "2019 年底前", "2019年11月底前", "2019年12月底前",
            "2019年11月底前 2019年底", "2022年11月底前", "到2022年6月底", "确保 7 天内上传", "5个工作日内",
            "十个工作日内", "创建期内", "创建期末", "按月统计", "每季度", "每月25日前", "每季度末月10日前",
            "截至2021年6月30日", "最近一年（2021年12月至2022年11月）", "全面启动阶段（2022年2月—3月）",
            "4 月底前将统一社会信用代码重错码率降到全国平均线以下，6 月底前重错码率低于万分之一，争取清零",
            "2021年底前覆盖率不低于60%，2022年底前不低于80%，2023年底前实现全覆盖",
            "并于6月1日前将整理好的制度文件、通知公告、数据截屏等佐证材料（说明类材料和系统截屏加盖公章）报市社会信用体系建设联席会议办公室",
            "行政部门在行政许可、行政处罚作出决定之日起7个工作日内，将“双公示”信息及时、合规归集至市公共信用信息平台",
            "二〇二二年底前", "十一月底前", "上半年", "第三季度", "“十五五”时期", "自2021年7月1日起", "长期坚持",
            "2020年10月8日至11月7日", "（2021-2023年）", "两个月内", "试行一年", "尽快", "2月30日前",
    };

    @Test
    void parseTenThousandPhrases() {
        DeadlineContext ctx = new DeadlineContext(LocalDate.of(2021, 3, 5), LocalDate.of(2021, 3, 1),
                LocalDate.of(2022, 11, 30), WorkingDayCalendar.loadBundled());
        DeadlineParser parser = new DeadlineParser();
        List<String> phrases = new ArrayList<>(10_000);
        for (int i = 0; i < 10_000; i++) {
            phrases.add(MIX[i % MIX.length]);
        }
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            parseAll(parser, phrases, ctx);
        }
        double[] millis = new double[10];
        int unknown = 0;
        for (int round = 0; round < millis.length; round++) {
            long started = System.nanoTime();
            unknown = parseAll(parser, phrases, ctx);
            millis[round] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("DeadlineParserBench: 10,000 phrases, median %.1f ms (min %.1f, max %.1f) over %d rounds%n",
                (millis[4] + millis[5]) / 2, millis[0], millis[millis.length - 1], millis.length);
        // Correctness only: the two unreadable phrases of the mix stay unknown, nothing else does.
        assertEquals(2 * countOf(phrases, "尽快"), unknown);
        assertNotEquals(0, phrases.size());
    }

    private static int parseAll(DeadlineParser parser, List<String> phrases, DeadlineContext ctx) {
        int unknown = 0;
        for (String phrase : phrases) {
            ParsedDeadline d = parser.parse(phrase, ctx);
            if (d.kind() == DeadlineKind.UNKNOWN) {
                unknown++;
            }
        }
        return unknown;
    }

    private static int countOf(List<String> phrases, String phrase) {
        return (int) phrases.stream().filter(phrase::equals).count();
    }
}
