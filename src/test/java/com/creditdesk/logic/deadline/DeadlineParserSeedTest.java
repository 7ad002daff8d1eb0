package com.creditdesk.logic.deadline;

import com.creditdesk.model.deadline.DeadlineKind;
import com.creditdesk.model.deadline.ParsedDeadline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every deadline phrase of the five seed notices (/work/shared/seeds), read against the notice's
 * own issue date. Columns: phrase | kind | start | due | review.
 */
class DeadlineParserSeedTest {

    private static WorkingDayCalendar calendar;
    private final DeadlineParser parser = new DeadlineParser();

    @BeforeAll
    static void load() {
        calendar = WorkingDayCalendar.loadBundled();
    }

    static void check(ParsedDeadline d, DeadlineKind kind, LocalDate start, LocalDate due, boolean review) {
        assertAll(d.text(),
                () -> assertEquals(kind, d.kind(), "kind"),
                () -> assertEquals(start, d.start(), "start"),
                () -> assertEquals(due, d.due(), "due"),
                () -> assertEquals(review, d.review(), "review (note " + d.note() + ")"));
    }

    /** 000: 邢社信发〔2021〕2号, issued 2021-03-05. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            完成时限：6 月底前                    | DATE      |            | 2021-06-30 | false
            完成时限：3 月底前                    | DATE      |            | 2021-03-31 | false
            完成时限：持续推进                    | ONGOING   |            |            | false
            完成时限：持\\n续推进                  | ONGOING   |            |            | false
            确保 7 天内上传，确保“双公示”上报率、合规率、及时率均达到 100%。 | RELATIVE | 2021-03-05 | 2021-03-12 | false
            4 月底前将统一社会信用代码重错码率降到全国平均线以下，6 月底前重错码率低于万分之一，争取清零 | DATE | | 2021-06-30 | false
            依托全国中小企业融资综合信用服务示范平台，5 月底前，试点打造“政府+银行+企业+保险联动”模式 | DATE | | 2021-05-31 | false
            建立信用承诺事项清单，3 月底前，建立第一批信用承诺制事项清单，并持续扩大信用承诺适用范围 | DATE | | 2021-03-31 | false
            常态化推进信用承诺归集、公示、共享、应用 | ONGOING |            |            | false
            持续开展政务诚信专项治理              | ONGOING   |            |            | false
            持续推进失信修复专项行动              | ONGOING   |            |            | false
            考核期内，每发生一次全国              | UNKNOWN   |            |            | true
            最近一年城市信用状况监测预警排名位于地级市前 100 名 | UNKNOWN | |            | true
            """)
    void seed000(String phrase, DeadlineKind kind, LocalDate start, LocalDate due, boolean review) {
        check(parser.parse(phrase.replace("\\n", "\n"), DeadlineContext.of(LocalDate.of(2021, 3, 5), calendar)),
                kind, start, due, review);
    }

    /** 001: 邢社信发〔2019〕5号, dated 2019-10-11. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2019年底前                            | DATE      |            | 2019-12-31 | false
            2019 年底前                           | DATE      |            | 2019-12-31 | false
            2019年底                              | DATE      |            | 2019-12-31 | false
            2019年10月底前                        | DATE      |            | 2019-10-31 | false
            2019年11月底前                        | DATE      |            | 2019-11-30 | false
            2019年12月底前                        | DATE      |            | 2019-12-31 | false
            2019年11月底前 2019年底               | DATE      |            | 2019-12-31 | false
            邢台市信用信息归集量年底前要突破 3000 万条 | DATE  |            | 2019-12-31 | false
            """)
    void seed001(String phrase, DeadlineKind kind, LocalDate start, LocalDate due, boolean review) {
        check(parser.parse(phrase, DeadlineContext.of(LocalDate.of(2019, 10, 11), calendar)), kind, start, due, review);
    }

    /** 002: 濮信用〔2021〕3号, 印发 2021-05-27. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            并于6月1日前将整理好的制度文件、通知公告、数据截屏等佐证材料（说明类材料和系统截屏加盖公章）报市社会信用体系建设联席会议办公室 | DATE | | 2021-06-01 | false
            提供截至2021年6月30日，未发生违约事件的证明材料。 | DATE |      | 2021-06-30 | false
            “双公示”信息异议协同处理平均时间在5个工作日内 | RELATIVE | 2021-05-27 | 2021-06-03 | false
            行政处罚信息信用修复协同处理时间全部在3个工作日内办结的 | RELATIVE | 2021-05-27 | 2021-06-01 | false
            提供时间范围为2018年6月中央宣传部启动“诚信建设万里行”至2021年6月30日信用方面宣传教育文件 | RANGE | 2018-06-01 | 2021-06-30 | false
            近三年内未发生数据泄露等严重安全事件 | UNKNOWN     |            |            | true
            最近一年城市信用状况监测预警排名符合条件（地级市月均前10名） | UNKNOWN | |      | true
            """)
    void seed002(String phrase, DeadlineKind kind, LocalDate start, LocalDate due, boolean review) {
        check(parser.parse(phrase, DeadlineContext.of(LocalDate.of(2021, 5, 27), calendar)), kind, start, due, review);
    }

    /** 003: 衢州硬指标任务分解表 carries no issue date; its only time phrase is a look-back window. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            最近一年城市信用状况监测预警排名位于地级市前100名 | UNKNOWN |     |            | true
            实现发起—响应—反馈的自动化                         | UNKNOWN |     |            | true
            """)
    void seed003(String phrase, DeadlineKind kind, LocalDate start, LocalDate due, boolean review) {
        check(parser.parse(phrase, new DeadlineContext(null, null, null, calendar)), kind, start, due, review);
    }

    /** 004: 邹政办字〔2022〕7号, 2022-03-15; its 创建步骤 run 2022年2月—11月. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            到2022年底，以信用为基础的新型市场监管体系基本建成 | DATE     |            | 2022-12-31 | false
            到2022年6月底严重失信名单主体数量占在营市场主体数量的比例要低于0.2% | DATE | | 2022-06-30 | false
            行政部门在行政许可、行政处罚作出决定之日起7个工作日内，将“双公示”信息及时、合规归集至市公共信用信息平台 | RELATIVE | | | false
            并实现信用信息归集常态化，2022年11月底前，归集数据量要超过1亿条 | DATE | | 2022-11-30 | false
            2022年11月底前，信用惠民便企应用领域达到30个         | DATE     |            | 2022-11-30 | false
            2022年11月底前，平台注册企业占在营企业数量的比例超过3%；创建期内，授信金额或放款金额达到10亿元 | DATE | | 2022-11-30 | false
            持续推进告知承诺制全面覆盖户籍管理、市场主体准营、资格 | ONGOING |         |            | false
            全面启动阶段（2022年2月—3月）                         | RANGE    | 2022-02-01 | 2022-03-31 | false
            重点攻坚阶段（2022年3月—9月）                         | RANGE    | 2022-03-01 | 2022-09-30 | false
            总结迎评阶段（2022年9月—11月）                        | RANGE    | 2022-09-01 | 2022-11-30 | false
            相关情况及数据截至2022年11月30日                      | DATE     |            | 2022-11-30 | false
            11月底前编制形成我市社会信用体系建设典型城市创建工作总结材料 | DATE |          | 2022-11-30 | false
            市诚信体系建设工作领导小组办公室牵头组织每季度召开创建工作推进会 | RECURRING | |        | false
            2022年底，对各有关部门（单位）创建省社会信用体系建设典型城市工作开展督查考核 | DATE | | 2022-12-31 | false
            最近一年（2021年12月至2022年11月）国家城市信用监测排名 | RANGE   | 2021-12-01 | 2022-11-30 | false
            对信用网站持续建设优化，确保网站运行稳定、无安全事故     | ONGOING  |            |            | false
            各相关部门、单位每月向市公共信用信息平台推送合同信息   | RECURRING |           |            | false
            创建期内出现列入失信被执行人的政府及其机构,每出现1家,扣1分 | PERIOD | 2022-02-01 | 2022-11-30 | false
            创建期末,严重失信名单主体数量占在营市场主体数量的比例低于0.3%,得4分 | DATE | | 2022-11-30 | false
            创建期内,按月统计核算,当月重错码率为0的得0.2分,不为0的扣0.2分 | RECURRING | 2022-02-01 | 2022-11-30 | false
            为民服务大厅信用核查和联合奖惩系统应用比例(应用次数/市场主体数量),在创建期内超过100的,得4分 | PERIOD | 2022-02-01 | 2022-11-30 | false
            行政许可、行政处罚信息合规率、及时率按月统计核算，每个单项达到 100% 的得 0.2 分 | RECURRING | | | false
            创建期末，累计向省公共信用信息平台报送数据量超过 1 亿条的，得 10 分 | DATE | | 2022-11-30 | false
            """)
    void seed004(String phrase, DeadlineKind kind, LocalDate start, LocalDate due, boolean review) {
        DeadlineContext ctx = new DeadlineContext(LocalDate.of(2022, 3, 15), LocalDate.of(2022, 2, 1),
                LocalDate.of(2022, 11, 30), calendar);
        check(parser.parse(phrase, ctx), kind, start, due, review);
    }
}
