package com.creditdesk.logic.units;

import com.creditdesk.model.importer.SplitUnit;
import com.creditdesk.model.importer.UnitSplit;
import com.creditdesk.model.ledger.UnitKind;
import com.creditdesk.model.ledger.UnitRole;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cases taken from the fixtures' and seeds' 责任单位 cells. */
class UnitCellSplitterTest {

    private final UnitCellSplitter splitter = new UnitCellSplitter(false);

    private List<String> units(String text) {
        return splitter.split(text).units();
    }

    @Test
    void separators() {
        assertEquals(List.of("市法院", "市检察院", "市司法局"), units("市法院、市检察院、市司法局"));
        assertEquals(List.of("市信用体系建设领导小组办公室", "各县(市、区)人民政府"), units("市信用体系建设领导小组办公室 各县(市、区)人民政府"));
        assertEquals(List.of("市发展改革委", "市人社局"), units("市发展改革委，市人社局"));
        assertEquals(List.of("市发展改革委", "市人社局"), units("市发展改革委;市人社局"));
        assertEquals(List.of("市委办", "市府办"), units("市委办,市府办"));
        assertEquals(List.of("甲局", "乙局"), units("甲局\n乙局"));
    }

    @Test
    void neverInsideParentheses() {
        UnitSplit split = splitter.split("各县（市、区）人民政府，市有关单位");
        assertEquals(List.of("各县（市、区）人民政府", "市有关单位"), split.units());
        assertEquals(UnitKind.GROUP, split.entries().get(0).kind());
        assertEquals(UnitKind.GROUP, split.entries().get(1).kind());
        assertEquals(List.of("市文广旅游局", "市城管局", "市教育局", "市信用体系建设领导小组办公室（市、区）人民政府"),
                units("市文广旅游局、市城管局、市教育局，市信用体系建设领导小组办公室（市、区）人民政府"));
    }

    @Test
    void groupsAndKinds() {
        assertEquals(UnitKind.GROUP, UnitCellSplitter.kindOf("各县市区政府"));
        assertEquals(UnitKind.GROUP, UnitCellSplitter.kindOf("市有关单位"));
        assertEquals(UnitKind.GROUP, UnitCellSplitter.kindOf("各单位"));
        assertEquals(UnitKind.GROUP, UnitCellSplitter.kindOf("市信用衢州建设领导小组成员单位"));
        assertEquals(UnitKind.GOVERNMENT, UnitCellSplitter.kindOf("邹城市人民政府"));
        assertEquals(UnitKind.DEPARTMENT, UnitCellSplitter.kindOf("市市场监管局"));
    }

    @Test
    void labelsSetRoles() {
        UnitSplit split = splitter.split("牵头单位：市委宣传部、市文明办，责任单位：市发展改革委、市工信局等相关部门");
        assertEquals(List.of("市委宣传部", "市文明办"), split.lead());
        assertEquals(List.of("市委宣传部", "市文明办", "市发展改革委", "市工信局"), split.units());
        assertEquals(List.of("等相关部门"), split.dropped());
        assertEquals(List.of("市发展改革委", "市工信局"), split.namesIn(UnitRole.RESPONSIBLE));
        assertEquals(List.of("市发展改革委"), splitter.split("牵头单位:市发展改革委；责任单位：出台失信约束制度的相关单位").lead());
        assertEquals(List.of("市发展改革委"), units("责任单位: 市发展改革委"));
        assertEquals(List.of("市银保监局"), units("责任单位:市银保监局"));
        UnitSplit cooperating = splitter.split("牵头单位：甲局；配合单位：乙局、丙局");
        assertEquals(List.of("乙局", "丙局"), cooperating.namesIn(UnitRole.COOPERATING));
    }

    @Test
    void roleWordsAfterUnits() {
        UnitSplit split = splitter.split("市信用办、市财政局牵头，各县（市、区）政府");
        assertEquals(List.of("市信用办", "市财政局"), split.lead());
        assertEquals(List.of("市信用办", "市财政局", "各县（市、区）政府"), split.units());
        UnitSplit mid = splitter.split("市信用办牵头考核工作进展；责任单位：市有关单位，各县（市、区）政府");
        assertEquals(List.of("市信用办"), mid.lead());
        assertEquals(List.of("考核工作进展"), mid.dropped());
        UnitSplit cooperate = splitter.split("市人社局配合");
        assertEquals(List.of(new SplitUnit("市人社局", UnitRole.COOPERATING, UnitKind.DEPARTMENT)), cooperate.entries());
        assertEquals(List.of("甲局"), splitter.split("甲局牵头负责，乙局参加").lead());
        assertEquals(List.of("乙局"), splitter.split("甲局牵头负责，乙局参加").namesIn(UnitRole.COOPERATING));
    }

    @Test
    void tailsAndJi() {
        UnitSplit split = splitter.split("市应急局、市信用办、衢州海关等相关市级部门");
        assertEquals(List.of("市应急局", "市信用办", "衢州海关"), split.units());
        assertEquals(List.of("等相关市级部门"), split.dropped());
        assertEquals(List.of("市营商办", "其他市信用衢州建设领导小组成员单位", "各县（市、区）政府"),
                units("市营商办及其他市信用衢州建设领导小组成员单位、各县（市、区）政府"));
        assertEquals(List.of("市市场监管局", "市法院", "相关市级部门"), units("市市场监管局、市法院及相关市级部门"));
        assertEquals(List.of("等"), splitter.split("市行政审批局、市工信局等").dropped());
        assertEquals(List.of("市住房城乡建设局", "济宁市公共资源交易服务中心邹城市分中心"),
                units("市住房城乡建设局、济宁市公共资源交易服务中心邹城市分中心等单位"));
    }

    @Test
    void roleWordBeforeASpace() {
        UnitSplit split = splitter.split("市场监管局、市司法局、市公务员局分工负责 市信用信息体系建设领导小组办公室，云上班专班");
        assertEquals(List.of("市场监管局", "市司法局", "市公务员局", "市信用信息体系建设领导小组办公室", "云上班专班"), split.units());
    }

    @Test
    void describedGroupStaysWhole() {
        UnitSplit split = splitter.split("市检察院，气、热、通信等公用企事业单位，各县（市、区）政府");
        assertEquals(List.of("市检察院", "气、热、通信等公用企事业单位", "各县（市、区）政府"), split.units());
        assertEquals(UnitKind.GROUP, split.entries().get(1).kind());
        assertTrue(split.dropped().isEmpty());
    }

    @Test
    void relativeClauseStaysWhole() {
        assertEquals(List.of("具有行政许可、行政处罚权限的市直各部门"), units("具有行政许可、行政处罚权限的市直各部门"));
    }

    @Test
    void firstIsLeadOption() {
        UnitCellSplitter firstLead = new UnitCellSplitter(true);
        assertEquals(List.of("市金融办"), firstLead.split("市金融办、市人行、市银保监分局").lead());
        assertEquals(List.of("市发展改革委"), firstLead.split("牵头单位：市发展改革委；责任单位：市财政局、市税务局").lead());
        assertTrue(splitter.split("市金融办、市人行").lead().isEmpty());
    }

    @Test
    void emptyAndSentences() {
        assertTrue(splitter.split("").units().isEmpty());
        assertTrue(splitter.split(null).units().isEmpty());
        assertFalse(splitter.split("市法院").unsplittable());
        assertTrue(splitter.split("负责全市不动产登记系统失信被执行人名单的推送公示惩戒等工作并定期报告进展情况和问题").unsplittable());
    }
}
