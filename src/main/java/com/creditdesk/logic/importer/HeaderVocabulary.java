package com.creditdesk.logic.importer;

import com.creditdesk.model.importer.ColumnRole;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Header words of Chinese task ledgers and indicator tables and the column role each names.
 * A header cell matches a word when, spaces removed, it equals the word or contains it; longer
 * words are tried first so that 评审硬指标 wins over 指标.
 */
final class HeaderVocabulary {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Map<String, ColumnRole> WORDS = new LinkedHashMap<>();

    static {
        put(ColumnRole.TASK, "示范城市创建硬指标任务内容", "评审硬指标", "基础指标", "创建指标", "推进举措", "主要任务",
                "创建任务", "重点任务", "工作任务名称", "任务名称", "工作任务", "重点工作", "工作举措", "具体措施", "任务");
        put(ColumnRole.CONTENT, "具体工作任务", "具体内容", "开展内容", "工作内容", "主要内容", "工作措施");
        put(ColumnRole.DELIVERABLE, "成果形式", "预期成果", "工作成果", "成果");
        put(ColumnRole.LEAD, "牵头单位", "牵头部门");
        put(ColumnRole.COOPERATING, "配合单位", "配合部门", "协办单位");
        put(ColumnRole.RESPONSIBLE, "责任单位", "责任部门", "承办单位", "实施单位");
        put(ColumnRole.DEADLINE, "完成时限", "时间节点", "时限要求", "完成时间", "时间安排", "时限");
        put(ColumnRole.EVIDENCE, "佐证材料", "支撑材料", "证明材料");
        put(ColumnRole.CATEGORY, "指标性质", "指标类别", "项目", "类别");
        put(ColumnRole.INDICATOR, "评估内容", "评价内容", "考核内容", "指标内容", "测评内容");
        put(ColumnRole.POINTS, "分值", "分数", "权重");
        put(ColumnRole.RULE, "评分标准", "评分细则", "评分办法", "考核标准", "计分方法");
        put(ColumnRole.NOTE, "备注", "说明");
        put(ColumnRole.SEQ, "序号", "编号");
    }

    private HeaderVocabulary() {
    }

    private static void put(ColumnRole role, String... words) {
        for (String word : words) {
            WORDS.put(word, role);
        }
    }

    static String normalise(String text) {
        return text == null ? "" : SPACES.matcher(text).replaceAll("");
    }

    /** The role named by a header cell, or UNKNOWN. */
    static ColumnRole roleOf(String headerText) {
        String text = normalise(headerText);
        if (text.isEmpty() || text.length() > 16) {
            return ColumnRole.UNKNOWN;
        }
        ColumnRole exact = WORDS.get(text);
        if (exact != null) {
            return exact;
        }
        String best = null;
        for (String word : WORDS.keySet()) {
            if (text.contains(word) && (best == null || word.length() > best.length())) {
                best = word;
            }
        }
        return best == null ? ColumnRole.UNKNOWN : WORDS.get(best);
    }

    /** True when the word says its indicators must be met rather than scored (基础指标, 硬指标, 基础性指标). */
    static boolean namesVeto(String text) {
        String t = normalise(text);
        return t.contains("基础指标") || t.contains("基础性指标") || t.contains("硬指标");
    }
}
