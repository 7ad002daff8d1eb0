package com.creditdesk.logic.deadline;

import com.creditdesk.model.deadline.Cadence;
import com.creditdesk.model.deadline.DeadlineKind;
import com.creditdesk.model.deadline.DeadlineNote;
import com.creditdesk.model.deadline.Milestone;
import com.creditdesk.model.deadline.ParsedDeadline;
import com.creditdesk.model.deadline.Recurrence;
import com.creditdesk.model.deadline.RelativeDeadline;
import com.creditdesk.model.deadline.RelativeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Phrases beyond the seeds: spellings, numerals, edge dates. Reference date 2021-03-05 unless said. */
class DeadlineParserTest {

    private static final LocalDate REF = LocalDate.of(2021, 3, 5);
    private static WorkingDayCalendar calendar;
    private final DeadlineParser parser = new DeadlineParser();

    @BeforeAll
    static void load() {
        calendar = WorkingDayCalendar.loadBundled();
    }

    private ParsedDeadline parse(String text) {
        return parser.parse(text, DeadlineContext.of(REF, calendar));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # absolute dates and month/year ends
            2019年底前                     | DATE      |            | 2019-12-31 | false
            2019年11月底前                 | DATE      |            | 2019-11-30 | false
            2022年11月底前                 | DATE      |            | 2022-11-30 | false
            到2022年6月底                  | DATE      |            | 2022-06-30 | false
            至2024年底                     | DATE      |            | 2024-12-31 | false
            6月1日前                       | DATE      |            | 2021-06-01 | false
            于2022年4月10日前              | DATE      |            | 2022-04-10 | false
            截至2021年6月30日              | DATE      |            | 2021-06-30 | false
            年底前                         | DATE      |            | 2021-12-31 | false
            月底前                         | DATE      |            | 2021-03-31 | false
            本月底前                       | DATE      |            | 2021-03-31 | false
            今年底前                       | DATE      |            | 2021-12-31 | false
            明年底前                       | DATE      |            | 2022-12-31 | false
            十一月底前                     | DATE      |            | 2021-11-30 | false
            十二月底前                     | DATE      |            | 2021-12-31 | false
            12月底                         | DATE      |            | 2021-12-31 | false
            二〇二二年底前                 | DATE      |            | 2022-12-31 | false
            二零二一年六月底               | DATE      |            | 2021-06-30 | false
            二〇二二年十二月底前           | DATE      |            | 2022-12-31 | false
            ２０２２年６月３０日前         | DATE      |            | 2022-06-30 | false
            ２０２２年１２月底前           | DATE      |            | 2022-12-31 | false
            2022年12月31号前               | DATE      |            | 2022-12-31 | false
            2022/06/30                     | DATE      |            | 2022-06-30 | false
            2021.6.30前                    | DATE      |            | 2021-06-30 | false
            2022 年 6 月 30 日前           | DATE      |            | 2022-06-30 | false
            2024年2月底前                  | DATE      |            | 2024-02-29 | false
            2023年2月底前                  | DATE      |            | 2023-02-28 | false
            2024年2月29日                  | DATE      |            | 2024-02-29 | false
            9月中旬前                      | DATE      |            | 2021-09-20 | false
            2022年6月份前                  | DATE      |            | 2022-06-30 | false
            完成时限：6 月底前             | DATE      |            | 2021-06-30 | false
            2022年第一季度末               | DATE      |            | 2022-03-31 | false
            上半年底前                     | DATE      |            | 2021-06-30 | false
            二〇二二年十一月三十日前       | DATE      |            | 2022-11-30 | false
            （完成时限：2022年12月底）     | DATE      |            | 2022-12-31 | false
            6月30日24时前                  | DATE      |            | 2021-06-30 | false
            2021年6月底前完成初稿，9月底前正式印发 | DATE |           | 2021-09-30 | false
            2021年底前完成，此后持续推进   | DATE      |            | 2021-12-31 | false
            # a year taken from the issue date that falls before it asks for a check
            二月底前                       | DATE      |            | 2021-02-28 | true
            2022年前                       | DATE      |            | 2022-12-31 | true
            # periods
            年内                           | PERIOD    | 2021-01-01 | 2021-12-31 | false
            今年内                         | PERIOD    | 2021-01-01 | 2021-12-31 | false
            2022年内完成                   | PERIOD    | 2022-01-01 | 2022-12-31 | false
            2022年度                       | PERIOD    | 2022-01-01 | 2022-12-31 | false
            到2027年                       | PERIOD    | 2027-01-01 | 2027-12-31 | false
            上半年                         | PERIOD    | 2021-01-01 | 2021-06-30 | false
            下半年                         | PERIOD    | 2021-07-01 | 2021-12-31 | false
            2023年上半年                   | PERIOD    | 2023-01-01 | 2023-06-30 | false
            一季度                         | PERIOD    | 2021-01-01 | 2021-03-31 | false
            第一季度                       | PERIOD    | 2021-01-01 | 2021-03-31 | false
            第三季度                       | PERIOD    | 2021-07-01 | 2021-09-30 | false
            2022年第二季度                 | PERIOD    | 2022-04-01 | 2022-06-30 | false
            前三季度                       | PERIOD    | 2021-01-01 | 2021-09-30 | false
            6月上旬                        | PERIOD    | 2021-06-01 | 2021-06-10 | false
            6月中旬                        | PERIOD    | 2021-06-11 | 2021-06-20 | false
            2024年2月下旬                  | PERIOD    | 2024-02-21 | 2024-02-29 | false
            6月份                          | PERIOD    | 2021-06-01 | 2021-06-30 | false
            “十五五”时期                   | PERIOD    | 2026-01-01 | 2030-12-31 | false
            十四五期间                     | PERIOD    | 2021-01-01 | 2025-12-31 | false
            “十三五”                       | PERIOD    | 2016-01-01 | 2020-12-31 | false
            十四五末                       | DATE      |            | 2025-12-31 | false
            年初                           | PERIOD    | 2021-01-01 | 2021-01-31 | true
            # ranges and phases
            2022年2月—3月                  | RANGE     | 2022-02-01 | 2022-03-31 | false
            2020年10月8日至11月7日         | RANGE     | 2020-10-08 | 2020-11-07 | false
            （2021-2023年）                | RANGE     | 2021-01-01 | 2023-12-31 | false
            2017—2019 年                   | RANGE     | 2017-01-01 | 2019-12-31 | false
            2021年11月至2022年3月          | RANGE     | 2021-11-01 | 2022-03-31 | false
            2021年12月～2022年2月          | RANGE     | 2021-12-01 | 2022-02-28 | false
            2022年1月-2022年6月底          | RANGE     | 2022-01-01 | 2022-06-30 | false
            2020.10.8—2020.11.7            | RANGE     | 2020-10-08 | 2020-11-07 | false
            2021年7月1日起至2022年6月30日  | RANGE     | 2021-07-01 | 2022-06-30 | false
            # several milestones in one cell: due is the last
            2021年底前覆盖率不低于60%，2022年底前不低于80%，2023年底前实现全覆盖 | DATE | | 2023-12-31 | false
            2021年6月底前完成第一批；2021年12月底前完成第二批 | DATE |    | 2021-12-31 | false
            # recurring
            每月                           | RECURRING |            |            | false
            每季度                         | RECURRING |            |            | false
            每半年报送一次                 | RECURRING |            |            | false
            每年6月底前                    | RECURRING |            |            | false
            每月二十五日前                 | RECURRING |            |            | false
            长期坚持，每年12月底前报送总结 | RECURRING |            |            | false
            每月25日前                     | RECURRING |            |            | false
            每季度末月10日前               | RECURRING |            |            | false
            按季度报送                     | RECURRING |            |            | false
            2022年内每月25日前报送         | RECURRING | 2022-01-01 | 2022-12-31 | false
            # relative: from the issue date (a Friday) on the official calendar
            7天内                          | RELATIVE  | 2021-03-05 | 2021-03-12 | false
            5个工作日内                    | RELATIVE  | 2021-03-05 | 2021-03-12 | false
            十个工作日内                   | RELATIVE  | 2021-03-05 | 2021-03-19 | false
            二十个工作日内                 | RELATIVE  | 2021-03-05 | 2021-04-02 | false
            两个月内                       | RELATIVE  | 2021-03-05 | 2021-05-05 | false
            半年内                         | RELATIVE  | 2021-03-05 | 2021-09-05 | false
            15天以内                       | RELATIVE  | 2021-03-05 | 2021-03-20 | false
            试行一年                       | RELATIVE  | 2021-03-05 | 2022-03-05 | false
            收到通知后5个工作日内          | RELATIVE  |            |            | false
            2022年6月30日后10个工作日内    | RELATIVE  | 2022-06-30 | 2022-07-14 | false
            2026年12月28日后10个工作日内   | RELATIVE  | 2026-12-28 |            | true
            # ongoing
            持续推进                       | ONGOING   |            |            | false
            长期坚持                       | ONGOING   |            |            | false
            常态化                         | ONGOING   |            |            | false
            长期                           | ONGOING   |            |            | false
            动态更新                       | ONGOING   |            |            | false
            自2021年7月1日起               | ONGOING   | 2021-07-01 |            | false
            从2021年9月开始                | ONGOING   | 2021-09-01 |            | false
            # campaign period unknown: never a date
            创建期内                       | PERIOD    |            |            | true
            创建期末                       | DATE      |            |            | true
            最近一年（2021年12月至2022年11月） | RANGE | 2021-12-01 | 2022-11-30 | false
            # not dates: unknown and flagged, never guessed
            2月30日前                      | UNKNOWN   |            |            | true
            2023年2月29日                  | UNKNOWN   |            |            | true
            13月底前                       | UNKNOWN   |            |            | true
            2022年0月                      | UNKNOWN   |            |            | true
            2022年6月30日至2022年6月1日    | UNKNOWN   |            |            | true
            尽快                           | UNKNOWN   |            |            | true
            立即                           | UNKNOWN   |            |            | true
            每周                           | UNKNOWN   |            |            | true
            近三年                         | UNKNOWN   |            |            | true
            同上                           | UNKNOWN   |            |            | true
            # document numbers and edition years are not deadlines
            邹政办字〔2022〕7号            | UNKNOWN   |            |            | true
            目录(2019 年版）               | UNKNOWN   |            |            | true
            # a bare day only with 前/起 or as the end of a range
            15日前                         | DATE      |            | 2021-03-15 | false
            6月1日至15日                   | RANGE     | 2021-06-01 | 2021-06-15 | false
            """)
    void reads(String phrase, DeadlineKind kind, LocalDate start, LocalDate due, boolean review) {
        DeadlineParserSeedTest.check(parse(phrase), kind, start, due, review);
    }

    /** Words relative to the issue date, read in December so that "next month" crosses the year. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            即日起至2021年12月31日          | RANGE     | 2021-12-05 | 2021-12-31 | false
            自印发之日起30日内              | RELATIVE  | 2021-12-05 | 2022-01-04 | false
            自本通知印发之日起施行          | ONGOING   | 2021-12-05 |            | false
            下月5日前                       | DATE      |            | 2022-01-05 | false
            次月10日前                      | DATE      |            | 2022-01-10 | false
            次年3月底前                     | DATE      |            | 2022-03-31 | false
            下一年6月底前                   | DATE      |            | 2022-06-30 | false
            5月15日—6月15日                 | RANGE     | 2021-05-15 | 2021-06-15 | true
            2021.12                         | PERIOD    | 2021-12-01 | 2021-12-31 | false
            2021年12月31日前（每年更新）    | RECURRING |            | 2021-12-31 | false
            每年1月15日前报送上年度工作总结 | RECURRING |            |            | false
            实时更新                        | ONGOING   |            |            | false
            各季度结束后10日内              | RELATIVE  |            |            | false
            """)
    void readsWordsRelativeToTheIssueDate(String phrase, DeadlineKind kind, LocalDate start, LocalDate due, boolean review) {
        DeadlineParserSeedTest.check(parser.parse(phrase, DeadlineContext.of(LocalDate.of(2021, 12, 5), calendar)),
                kind, start, due, review);
    }

    @Test
    void keepsTheTextVerbatim() {
        String text = "  完成时限：6 月底前）";
        assertEquals(text, parse(text).text());
    }

    @Test
    void milestonesCarryTheirClause() {
        ParsedDeadline d = parse("4 月底前将统一社会信用代码重错码率降到全国平均线以下，6 月底前重错码率低于万分之一，争取清零");
        assertEquals(List.of(
                new Milestone("4 月底前将统一社会信用代码重错码率降到全国平均线以下", LocalDate.of(2021, 4, 30)),
                new Milestone("6 月底前重错码率低于万分之一", LocalDate.of(2021, 6, 30))), d.milestones());
        assertEquals(LocalDate.of(2021, 6, 30), d.due());
        assertTrue(parse("6月底前").milestones().isEmpty());
    }

    @Test
    void recurrenceDetails() {
        assertEquals(new Recurrence(Cadence.MONTHLY, 25, null), parse("每月25日前").recurrence());
        assertEquals(new Recurrence(Cadence.QUARTERLY, 10, 3), parse("每季度末月10日前").recurrence());
        assertEquals(new Recurrence(Cadence.MONTHLY, null, null), parse("按月统计").recurrence());
        assertEquals(new Recurrence(Cadence.YEARLY, null, 6), parse("每年6月底前").recurrence());
        assertEquals(new Recurrence(Cadence.HALF_YEARLY, null, null), parse("每半年").recurrence());
        assertEquals(new Recurrence(Cadence.YEARLY, 15, 1), parse("每年1月15日前报送上年度工作总结").recurrence());
        assertEquals(new Recurrence(Cadence.MONTHLY, 10, null), parse("每月初").recurrence());
        assertEquals(new Recurrence(Cadence.MONTHLY, null, null), parse("每月月底前").recurrence());
        assertEquals(new Recurrence(Cadence.QUARTERLY, null, null), parse("每季度末").recurrence());
        assertEquals(new Recurrence(Cadence.QUARTERLY, 5, 1), parse("每季度第一个月5日前").recurrence());
    }

    @Test
    void occurrencesWithinACampaign() {
        LocalDate start = LocalDate.of(2022, 2, 1);
        LocalDate end = LocalDate.of(2022, 11, 30);
        assertEquals(10, new Recurrence(Cadence.MONTHLY, 25, null).occurrences(start, end).size());
        assertEquals(LocalDate.of(2022, 2, 25), new Recurrence(Cadence.MONTHLY, 25, null).occurrences(start, end).get(0));
        assertEquals(List.of(LocalDate.of(2022, 3, 10), LocalDate.of(2022, 6, 10), LocalDate.of(2022, 9, 10)),
                new Recurrence(Cadence.QUARTERLY, 10, 3).occurrences(start, end));
        assertEquals(List.of(LocalDate.of(2022, 3, 31), LocalDate.of(2022, 6, 30), LocalDate.of(2022, 9, 30)),
                new Recurrence(Cadence.QUARTERLY, null, null).occurrences(start, end));
        assertEquals(List.of(LocalDate.of(2022, 2, 28), LocalDate.of(2022, 3, 31)),
                new Recurrence(Cadence.MONTHLY, 31, null).occurrences(start, LocalDate.of(2022, 4, 29)));
        assertEquals(List.of(LocalDate.of(2022, 6, 30)), new Recurrence(Cadence.HALF_YEARLY, null, null).occurrences(start, end));
        assertEquals(List.of(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 12, 31)),
                new Recurrence(Cadence.YEARLY, null, null).occurrences(LocalDate.of(2021, 6, 1), LocalDate.of(2022, 12, 31)));
    }

    @Test
    void relativeDetails() {
        assertEquals(new RelativeDeadline(5, RelativeUnit.WORKING_DAYS, RelativeDeadline.ISSUE_DATE), parse("5个工作日内").relative());
        assertEquals(new RelativeDeadline(2, RelativeUnit.MONTHS, RelativeDeadline.ISSUE_DATE), parse("两个月内").relative());
        ParsedDeadline event = parse("行政部门在行政许可、行政处罚作出决定之日起7个工作日内，将信息归集至平台");
        assertEquals(new RelativeDeadline(7, RelativeUnit.WORKING_DAYS, "行政许可、行政处罚作出决定之日"), event.relative());
        assertEquals(DeadlineNote.EVENT_ANCHOR.key(), event.note());
        assertNull(event.due());
    }

    @Test
    void workingDaysBeyondTheCalendarAreFlaggedNotInvented() {
        ParsedDeadline d = parser.parse("十个工作日内", DeadlineContext.of(LocalDate.of(2026, 12, 20), calendar));
        assertTrue(d.review());
        assertNull(d.due());
        assertEquals(DeadlineNote.BEYOND_CALENDAR.key(), d.note());
        // calendar days need no holiday data
        assertEquals(LocalDate.of(2027, 1, 3), parser.parse("14天内", DeadlineContext.of(LocalDate.of(2026, 12, 20), calendar)).due());
    }

    @Test
    void campaignPeriodFillsCampaignPhrases() {
        DeadlineContext ctx = new DeadlineContext(REF, LocalDate.of(2021, 6, 1), LocalDate.of(2022, 11, 30), calendar);
        ParsedDeadline within = parser.parse("创建期内", ctx);
        assertEquals(LocalDate.of(2021, 6, 1), within.start());
        assertEquals(LocalDate.of(2022, 11, 30), within.due());
        assertFalse(within.review());
        assertEquals(LocalDate.of(2022, 11, 30), parser.parse("创建期末", ctx).due());
        ParsedDeadline unknown = parse("创建期内");
        assertEquals(DeadlineNote.CAMPAIGN_UNKNOWN.key(), unknown.note());
    }

    @Test
    void withoutReferenceMissingYearsAreFlagged() {
        ParsedDeadline d = parser.parse("6月底前", new DeadlineContext(null, null, null, calendar));
        assertEquals(DeadlineKind.UNKNOWN, d.kind());
        assertTrue(d.review());
        assertEquals(LocalDate.of(2022, 6, 30),
                parser.parse("2022年6月底前", new DeadlineContext(null, null, null, calendar)).due());
    }

    @Test
    void invalidDatesAreUnknownWithAReason() {
        assertEquals(DeadlineNote.INVALID_DATE.key(), parse("2月30日前").note());
        assertEquals(DeadlineNote.UNREADABLE.key(), parse("").note());
        assertEquals(DeadlineKind.UNKNOWN, parse("   ").kind());
    }
}
