package com.creditdesk.logic.scoring;

import com.creditdesk.model.indicator.ProposedRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentences verbatim from the seeds (000, 002, 003, 004) and the typed rule expected for each. */
class RuleProposerTest {

    private final RuleProposer proposer = new RuleProposer();
    private final IndicatorJson json = new IndicatorJson();

    static Stream<Arguments> seedSentences() {
        return Stream.of(
                // 003 formulas
                Arguments.of("联合奖惩覆盖面根据实施联合奖惩领域的数量计分，计分公式为城市实施联合奖惩领域数量/40，最高得1分。",
                        "{\"kind\":\"LINEAR\",\"input\":\"x\",\"multiplier\":1,\"divisor\":40,\"cap\":1}"),
                Arguments.of("信用门户网站公示信息量根据公示的法人和非法人组织户均信息条数m计算，计分公式为0.5m，最高得2分。",
                        "{\"kind\":\"LINEAR\",\"input\":\"x\",\"multiplier\":0.5,\"divisor\":1,\"cap\":2}"),
                Arguments.of("信用门户网站活跃度根据城市户籍人口日人均点击量n计算，计分公式为100n，最高得2分。",
                        "{\"kind\":\"LINEAR\",\"input\":\"x\",\"multiplier\":100,\"divisor\":1,\"cap\":2}"),
                Arguments.of("联合奖惩案例根据案例占比计分，计分公式为有效的联合奖惩案例数量/在运营红黑名单主体总量*5，最高为3分。",
                        "{\"kind\":\"LINEAR\",\"input\":\"x\",\"multiplier\":5,\"divisor\":1,\"cap\":3}"),
                Arguments.of("“信易贷”开展情况根据“信易贷”放款金额计分，计分公式为“信易贷”放款金额/在运营市场主体数*0.002%，最高得2分。",
                        "{\"kind\":\"LINEAR\",\"input\":\"x\",\"multiplier\":0.00002,\"divisor\":1,\"cap\":2}"),
                Arguments.of("联合奖惩机制化程度根据嵌入信息系统和工作流程的比例计分，计分公式为将联合奖惩嵌入信息系统和工作流程的领域数量*0.1，最高得2分。",
                        "{\"kind\":\"LINEAR\",\"input\":\"x\",\"multiplier\":0.1,\"divisor\":1,\"cap\":2}"),
                // tiers (000, 002)
                Arguments.of("3.按照《“屡禁不止、屡罚不改”严重违法失信行为专项治理方案》的治理标准，台账退出率达 80％得 1分，达 100%得 2 分。",
                        "{\"kind\":\"TIERS\",\"input\":\"x\",\"tiers\":[{\"min\":100,\"minInclusive\":true,\"maxInclusive\":false,\"points\":2},"
                                + "{\"min\":80,\"minInclusive\":true,\"max\":100,\"maxInclusive\":false,\"points\":1}],\"otherwise\":0}"),
                Arguments.of("2. (1分)涉企信用信息部门间共享情况。参与涉企信用信息共享的政府部门占当地政府部门比例在50%以上的，得1分；20%-50%，得0.5分；20%以下的，得0分。",
                        "{\"kind\":\"TIERS\",\"input\":\"x\",\"tiers\":[{\"min\":50,\"minInclusive\":true,\"maxInclusive\":false,\"points\":1},"
                                + "{\"min\":20,\"minInclusive\":true,\"max\":50,\"maxInclusive\":false,\"points\":0.5},"
                                + "{\"minInclusive\":false,\"max\":20,\"maxInclusive\":false,\"points\":0}],\"otherwise\":0}"),
                Arguments.of("信用贷款同比增速 40％以上得 1分，增速在 20%-40％得 0.5分，增速低于 20％得 0分。",
                        "{\"kind\":\"TIERS\",\"input\":\"x\",\"tiers\":[{\"min\":40,\"minInclusive\":true,\"maxInclusive\":false,\"points\":1},"
                                + "{\"min\":20,\"minInclusive\":true,\"max\":40,\"maxInclusive\":false,\"points\":0.5},"
                                + "{\"minInclusive\":false,\"max\":20,\"maxInclusive\":false,\"points\":0}],\"otherwise\":0}"),
                Arguments.of("①适用告知承诺制的事项应开展尽开展，100％开展的计 2 分，80％开展的计 1分，80％以下的计 0.5 分，未开展的不得分。",
                        "{\"kind\":\"TIERS\",\"input\":\"x\",\"tiers\":[{\"min\":100,\"minInclusive\":true,\"maxInclusive\":false,\"points\":2},"
                                + "{\"min\":80,\"minInclusive\":true,\"max\":100,\"maxInclusive\":false,\"points\":1},"
                                + "{\"minInclusive\":false,\"max\":80,\"maxInclusive\":false,\"points\":0.5}],\"otherwise\":0}"),
                Arguments.of("为民服务大厅信用核查和联合奖惩系统应用比例(应用次数/市场主体数量),在创建期内超过100的,得4分。不足100的,该指标不得分",
                        "{\"kind\":\"TIERS\",\"input\":\"x\",\"tiers\":[{\"min\":100,\"minInclusive\":false,\"maxInclusive\":false,\"points\":4},"
                                + "{\"minInclusive\":false,\"max\":100,\"maxInclusive\":false,\"points\":0}],\"otherwise\":0}"),
                Arguments.of("创建期末，累计向省公共信用信息平台报送数据量超过 1 亿条的，得 10 分；数据量超过 8000 万的，得 5 分；数据量低于 8000 万的，该指标不得分",
                        "{\"kind\":\"TIERS\",\"input\":\"x\",\"tiers\":[{\"min\":100000000,\"minInclusive\":false,\"maxInclusive\":false,\"points\":10},"
                                + "{\"min\":80000000,\"minInclusive\":false,\"maxInclusive\":false,\"points\":5},"
                                + "{\"minInclusive\":false,\"max\":80000000,\"maxInclusive\":false,\"points\":0}],\"otherwise\":0}"),
                // deduction from full
                Arguments.of("l无政府重大失信事件或已全部整改到位的，得 2分；每增加 1件未整改到位的政府失信事件减 0.5 分。（根据中经网信息考核）",
                        "{\"kind\":\"DEDUCTION\",\"input\":\"x\",\"full\":2,\"baseline\":0,\"increase\":true,\"step\":1,\"deduction\":0.5,\"floor\":0}"),
                Arguments.of("重错码率为 0的得 1分，每增加 0.01％减 0.1 分。（由全国组织机构统一社会信用代码服务中心提供）",
                        "{\"kind\":\"DEDUCTION\",\"input\":\"x\",\"full\":1,\"baseline\":0,\"increase\":true,\"step\":0.01,\"deduction\":0.1,\"floor\":0}"),
                Arguments.of("2. (2分) 行政许可、行政处罚“双公示”信息异议协同处理平均时间在5个工作日内，得2分；每增加1天减0.4分；此项最低得0分。",
                        "{\"kind\":\"DEDUCTION\",\"input\":\"x\",\"full\":2,\"baseline\":5,\"increase\":true,\"step\":1,\"deduction\":0.4,\"floor\":0}"),
                Arguments.of("3．行政处罚信息信用修复协同处理时间均在 3天以内计 2分，有 1条超期扣 l分。（信用修复协同处理时间由“信用中国“网站信用修复系统统计得出）",
                        "{\"kind\":\"DEDUCTION\",\"input\":\"x\",\"full\":2,\"baseline\":0,\"increase\":true,\"step\":1,\"deduction\":1,\"floor\":0}"),
                Arguments.of("①信用承诺信息及履约践诺情况信息 100％合规计 1分，合规率每降低 1％减 0.1 分。",
                        "{\"kind\":\"DEDUCTION\",\"input\":\"x\",\"full\":1,\"baseline\":100,\"increase\":false,\"step\":1,\"deduction\":0.1,\"floor\":0}"),
                Arguments.of("信用惠民便企应用领域要达到 30 个，得 4 分，缺少一个领域扣 0.2 分。在经济社会生活中，开发信易+产品",
                        "{\"kind\":\"DEDUCTION\",\"input\":\"x\",\"full\":4,\"baseline\":30,\"increase\":false,\"step\":1,\"deduction\":0.2,\"floor\":0}"),
                Arguments.of("3．网站可访问性好、网站内容维护正常，得 2分。考核期内，每发生一次全国信用网站监测系统监测到站点不可访问则减 0.5 分，最低此项得 0分。",
                        "{\"kind\":\"DEDUCTION\",\"input\":\"x\",\"full\":2,\"baseline\":0,\"increase\":true,\"step\":1,\"deduction\":0.5,\"floor\":0}"),
                Arguments.of("(4分)未整改到位扣2分，最低得0分。",
                        "{\"kind\":\"DEDUCTION\",\"input\":\"x\",\"full\":4,\"baseline\":0,\"increase\":true,\"step\":1,\"deduction\":2,\"floor\":0}"),
                // per item with cap
                Arguments.of("每一个领域实质性开展工作并形成案例得 0.3 分，最高得 6分。",
                        "{\"kind\":\"PER_ITEM\",\"input\":\"x\",\"pointsPerItem\":0.3,\"cap\":6}"),
                Arguments.of("①涵盖一种承诺类型得 0.25 分，最高计 1分。（信用承诺类型包括：审批替代型、容缺受理型、证明事项型、信用修复型、行业自律型、主动型等）",
                        "{\"kind\":\"PER_ITEM\",\"input\":\"x\",\"pointsPerItem\":0.25,\"cap\":1}"),
                Arguments.of("(7分) 在依法依规获得市场主体授权前提下，归集整合企业社保、纳税、公积金、水、电、气、仓储物流、知识产权等公用信息，并共享至全国“信易贷”平台。上述信息中每归集共享一类信息得1分，此项最高得7分。",
                        "{\"kind\":\"PER_ITEM\",\"input\":\"x\",\"pointsPerItem\":1,\"cap\":7}"),
                Arguments.of("做法和典型经验被国家有关部门认定并在全国进行推广的，每项得1分，最高不超过3分。",
                        "{\"kind\":\"PER_ITEM\",\"input\":\"x\",\"pointsPerItem\":1,\"cap\":3}"),
                // interpolation
                Arguments.of("1. (2分) 行政许可、行政处罚“双公示”信息有效异议占比小于十万分之一（含）的，得2分；大于十万分之五的，不得分；介于两者之间的按比例计分。（有效异议占比=有效异议的信息数量/公示信息数量）",
                        "{\"kind\":\"INTERPOLATION\",\"input\":\"x\",\"fullAt\":0.00001,\"zeroAt\":0.00005,\"points\":2}"),
                Arguments.of("创建期末,严重失信名单主体数量占在营市场主体数量的比例低于0.3%,得4分,高于0.5%不得分,介于两者之间的按比例计分",
                        "{\"kind\":\"INTERPOLATION\",\"input\":\"x\",\"fullAt\":0.3,\"zeroAt\":0.5,\"points\":4}"),
                Arguments.of("1. (2分) 按照国家发展改革委印发的《“屡禁不止、屡罚不改”严重违法失信行为专项治理方案》要求,相关治理对象退出率达到100%的,得2分;退出率为0的不得分;介于两者之间的按比例计分。",
                        "{\"kind\":\"INTERPOLATION\",\"input\":\"x\",\"fullAt\":100,\"zeroAt\":0,\"points\":2}"),
                Arguments.of("创建期内，通过全国中小企业融资综合信用服务示范平台和地方自建且与国家平台连通的信易贷平台授信放款规模，县级授信金额或放款金额达到 10 亿元，得 6 分；低于 3 亿元不得分，介于两者之间按比例计分",
                        "{\"kind\":\"INTERPOLATION\",\"input\":\"x\",\"fullAt\":1000000000,\"zeroAt\":300000000,\"points\":6}"),
                // yes/no and gates
                Arguments.of("建立公务员诚信档案，将公务员信用记录作为干部考核、任用和奖惩的重要依据的，得 2分。（出台相应制度，建立公务员诚信档案管理系统）",
                        "{\"kind\":\"YES_NO\",\"input\":\"x\",\"yesPoints\":2,\"noPoints\":0}"),
                Arguments.of("1. (2分) 对信用评级机构无行政干预，能够保障信用评级独立性。本项得分为0、2两档：如果以下任一条为“是”，得0分；如果均为“否”，得2分。",
                        "{\"kind\":\"ANY_YES\",\"inputs\":[\"x\"],\"anyYesPoints\":0,\"allNoPoints\":2}"),
                Arguments.of("1. (2分) 辖区内未发生重大区域金融风险。本项得分为0、2两档，以下内容如果为“是”，得0分；如果为“否”，得2分。",
                        "{\"kind\":\"YES_NO\",\"input\":\"x\",\"yesPoints\":0,\"noPoints\":2}"),
                // discretionary, veto, monthly, ranking, not applicable, step-up
                Arguments.of("(1分) 根据辖区内外资资产投资基金管理信息系统进行信用信息登记的情况酌情计分，最高得1分。",
                        "{\"kind\":\"DISCRETIONARY\",\"input\":\"x\",\"max\":1}"),
                Arguments.of("城市实际信用贷款规模达不到全国平均水平（全国户次平均贷款总额＊城市中小微企业总数＊全国平均获贷企业数占比）的城市一票否决，不具备参与示范城市评选资格。",
                        "{\"kind\":\"VETO\",\"input\":\"x\",\"op\":\"GE\",\"reference\":\"reference\"}"),
                Arguments.of("（硬指标分为基础性指标和引导性指标，基础性指标共10项，要求必须完成，有一项未完成的则一票否决；引导性指标按完成情况得分）",
                        "{\"kind\":\"VETO\",\"input\":\"x\",\"op\":\"YES\"}"),
                Arguments.of("创建期内,按月统计核算,当月重错码率为0的得0.2分,不为0的扣0.2分",
                        "{\"kind\":\"MONTHLY\",\"input\":\"x\",\"goodWhen\":\"EQ\",\"goodValue\":0,\"gain\":0.2,\"deduction\":0.2,\"months\":12}"),
                Arguments.of("行政许可、行政处罚信息合规率、及时率按月统计核算，每个单项达到 100% 的得 0.2 分，出现一次未达到 100% 的，扣 0.2 分",
                        "{\"kind\":\"MONTHLY\",\"input\":\"x\",\"goodWhen\":\"GE\",\"goodValue\":100,\"gain\":0.2,\"deduction\":0.2,\"months\":12}"),
                Arguments.of("最近一年（2021年12月至2022年11月）国家城市信用状况监测预警排名（县级市月均前100名）。月均前10名，得20分；每后10名，扣2分；月均低于100名，该指标不得分",
                        "{\"kind\":\"RANKING\",\"input\":\"x\",\"topRank\":10,\"topPoints\":20,\"bandSize\":10,\"deduction\":2,\"lastRank\":100}"),
                Arguments.of("【对于辖区内内城镇化率（以常住人口计）高于90%（含），农村信用体系建设指标不适用，相关分值计入涉企信用信息共享指标，即不适用的辖区内“涉企信用信息共享”指标按总分为6分换算，各细项满分为2分】",
                        "{\"kind\":\"NOT_APPLICABLE\",\"input\":\"x\",\"op\":\"GE\",\"threshold\":90,\"moveTo\":\"?\",\"moveToMax\":6}"),
                Arguments.of("开展市民信用分评价且超过50%的城市户籍人口拥有个人诚信分，得1.5分，在此基础上每多10%，加0.5分，最高得4分。",
                        "{\"kind\":\"TIERS\",\"input\":\"x\",\"tiers\":[{\"min\":100,\"minInclusive\":true,\"maxInclusive\":false,\"points\":4},"
                                + "{\"min\":90,\"minInclusive\":true,\"max\":100,\"maxInclusive\":false,\"points\":3.5},"
                                + "{\"min\":80,\"minInclusive\":true,\"max\":90,\"maxInclusive\":false,\"points\":3},"
                                + "{\"min\":70,\"minInclusive\":true,\"max\":80,\"maxInclusive\":false,\"points\":2.5},"
                                + "{\"min\":60,\"minInclusive\":true,\"max\":70,\"maxInclusive\":false,\"points\":2},"
                                + "{\"min\":50,\"minInclusive\":false,\"max\":60,\"maxInclusive\":false,\"points\":1.5}],\"otherwise\":0}"));
    }

    @ParameterizedTest
    @MethodSource("seedSentences")
    void proposesTheTypedRuleOfASeedSentence(String sentence, String expectedJson) {
        ProposedRule proposal = proposer.propose(sentence);
        assertEquals(expectedJson, proposal.rule() == null ? null : json.writeRule(proposal.rule()), sentence);
        assertEquals(sentence, proposal.text());
        assertTrue(proposal.confidence() > 0);
    }

    /** Phrasings built from the same grammar but not found in the seeds (other cities write these). */
    static Stream<Arguments> otherPhrasings() {
        return Stream.of(
                Arguments.of("覆盖率达到95%的得3分，每降低1个百分点扣0.5分，扣完为止",
                        "{\"kind\":\"DEDUCTION\",\"input\":\"x\",\"full\":3,\"baseline\":95,\"increase\":false,\"step\":1,\"deduction\":0.5,\"floor\":0}"),
                Arguments.of("每发现1起扣1分，最多扣5分",
                        "{\"kind\":\"PENALTY\",\"input\":\"x\",\"pointsPerItem\":1,\"maxDeduction\":5}"),
                Arguments.of("按照千分之三以下得2分，千分之三至千分之五得1分，千分之五以上不得分",
                        "{\"kind\":\"TIERS\",\"input\":\"x\",\"tiers\":[{\"minInclusive\":false,\"max\":0.003,\"maxInclusive\":false,\"points\":2},"
                                + "{\"min\":0.003,\"minInclusive\":true,\"max\":0.005,\"maxInclusive\":false,\"points\":1},"
                                + "{\"min\":0.005,\"minInclusive\":true,\"maxInclusive\":false,\"points\":0}],\"otherwise\":0}"),
                Arguments.of("月均排名进入前五十名的得5分；每后退十名扣1分；低于一百名不得分",
                        "{\"kind\":\"RANKING\",\"input\":\"x\",\"topRank\":50,\"topPoints\":5,\"bandSize\":10,\"deduction\":1,\"lastRank\":100}"),
                Arguments.of("每新增一个应用场景得0.5分，此项最高不超过3分",
                        "{\"kind\":\"PER_ITEM\",\"input\":\"x\",\"pointsPerItem\":0.5,\"cap\":3}"));
    }

    @ParameterizedTest
    @MethodSource("otherPhrasings")
    void proposesRulesForPhrasingsBeyondTheSeeds(String sentence, String expectedJson) {
        ProposedRule proposal = proposer.propose(sentence);
        assertEquals(expectedJson, proposal.rule() == null ? null : json.writeRule(proposal.rule()), sentence);
    }

    @Test
    void declaredPointsAreReported() {
        ProposedRule proposal = proposer.propose("3. (4分) 行政处罚信息信用修复协同处理时间全部在3个工作日内办结的，得2分；有1条办理超期的减1分；最低得0分。");
        assertEquals(0, new BigDecimal("4").compareTo(proposal.declaredMax()));
        assertEquals("DEDUCTION", proposal.kind());
    }

    @Test
    void workDescriptionsAreUnknownAndKeepTheirText() {
        String text = "对信用网站持续建设优化，确保网站运行稳定、无安全事故；网站内容更新及时、内容充实";
        ProposedRule proposal = proposer.propose(text);
        assertEquals(ProposedRule.UNKNOWN, proposal.kind());
        assertNull(proposal.rule());
        assertEquals(text, proposal.text());
        assertEquals(0, proposal.confidence());
    }

    @Test
    void discretionaryWithoutMaximumIsNotGuessed() {
        assertEquals(ProposedRule.UNKNOWN, proposer.propose("根据…登记的情况酌情计分。").kind());
    }

    @Test
    void chineseFractionsAreRead() {
        assertEquals(0, new BigDecimal("0.0001").compareTo(ChineseNumbers.parse("1").movePointLeft(4)));
        assertEquals(new BigDecimal("20"), ChineseNumbers.parse("二十"));
        assertEquals(new BigDecimal("15"), ChineseNumbers.parse("十五"));
        assertEquals(new BigDecimal("120"), ChineseNumbers.parse("一百二十"));
        assertEquals(new BigDecimal("100"), ChineseNumbers.parse("一百"));
        assertEquals("前20名", ChineseNumbers.replaceCounted("前二十名"));
        assertEquals("低于〔0.0001〕", ChineseNumbers.replaceFractions("低于万分之一", new java.util.ArrayList<>()));
    }
}
