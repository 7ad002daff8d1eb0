package com.creditdesk.logic.evidence;

import com.creditdesk.model.evidence.Classification;
import com.creditdesk.model.evidence.EvidenceType;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 佐证材料 requirement's wording: the kind of document (by the nouns that name document
 * kinds: 制度/办法/方案 → 制度文件, 通知/公告 → 通知公告, 截图/截屏 → 数据截屏, 情况说明/报告 →
 * 情况说明, 照片 → 照片, 扫描件 → 盖章扫描件), whether it must be stamped (加盖公章, 盖章), and the
 * period it must cover ("2020年6月至2021年5月", "2020年以来", "近三年"), kept verbatim.
 * When several kinds are named, the first one named wins (the main document is listed first).
 */
public final class EvidenceClassifier {

    /** Words that name a kind of document outright. */
    private static final Map<EvidenceType, List<String>> STRONG = Map.of(
            EvidenceType.REGULATION, List.of("制度", "办法", "方案", "规定", "细则", "规划", "实施意见", "指导意见"),
            EvidenceType.NOTICE, List.of("通知", "公告", "通报", "公函"),
            EvidenceType.SCREENSHOT, List.of("截图", "截屏", "网页", "页面"),
            EvidenceType.STATEMENT, List.of("情况说明", "说明", "报告", "总结", "简报", "汇报"),
            EvidenceType.STAMPED_SCAN, List.of("扫描件", "复印件"),
            EvidenceType.PHOTO, List.of("照片", "图片", "影像"));
    /** Words that only hint at a kind when nothing stronger is named. */
    private static final Map<EvidenceType, List<String>> WEAK = Map.of(
            EvidenceType.REGULATION, List.of("文件", "意见"),
            EvidenceType.NOTICE, List.of("公示", "发文"),
            EvidenceType.SCREENSHOT, List.of("网站", "系统"),
            EvidenceType.STATEMENT, List.of("材料"));
    private static final Pattern STAMP = Pattern.compile("加盖[^，。；、]{0,6}章|盖章|盖公章|签章|用印");
    private static final String YEAR = "(?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年";
    private static final String MONTH = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月(?:份)?";
    private static final String DAY = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[日号]";
    private static final String POINT = YEAR + "(?:\\s*" + MONTH + "(?:\\s*" + DAY + ")?)?(?:底|初|末)?";
    private static final String POINT_LATER = "(?:" + YEAR + ")?\\s*(?:" + MONTH + ")?(?:\\s*" + DAY + ")?(?:底|初|末)?";
    private static final Pattern PERIOD = Pattern.compile(
            POINT + "\\s*(?:至|到|—|－|-|~|～|—至)\\s*" + POINT_LATER + "(?:期间|以来)?"
                    + "|" + POINT + "\\s*(?:以来|至今|起)"
                    + "|近\\s*(?:\\d+|[一二三四五六七八九十两]+)\\s*(?:个)?(?:年|月|季度)"
                    + "|" + YEAR + "(?:度|上半年|下半年|第[一二三四]季度)");

    private EvidenceClassifier() {
    }

    public static Classification classify(String text) {
        if (text == null || text.isBlank()) {
            return new Classification(EvidenceType.OTHER, false, null);
        }
        boolean stamp = STAMP.matcher(text).find();
        EvidenceType type = firstNamed(text, STRONG);
        if (type == null) {
            type = firstNamed(text, WEAK);
        }
        if (type == null) {
            type = stamp ? EvidenceType.STAMPED_SCAN : EvidenceType.OTHER;
        }
        return new Classification(type, stamp, period(text));
    }

    /** The period the text names, verbatim (the first one), or null. */
    public static String period(String text) {
        Matcher m = PERIOD.matcher(text);
        while (m.find()) {
            String found = m.group().strip();
            if (!found.isEmpty()) {
                return found;
            }
        }
        return null;
    }

    private static EvidenceType firstNamed(String text, Map<EvidenceType, List<String>> words) {
        EvidenceType best = null;
        int bestAt = Integer.MAX_VALUE;
        int bestLength = 0;
        for (Map.Entry<EvidenceType, List<String>> entry : words.entrySet()) {
            for (String word : entry.getValue()) {
                int at = text.indexOf(word);
                // The earliest word wins; at the same place the longer one (情况说明 over 说明).
                if (at >= 0 && (at < bestAt || at == bestAt && word.length() > bestLength)) {
                    best = entry.getKey();
                    bestAt = at;
                    bestLength = word.length();
                }
            }
        }
        return best;
    }
}
