package com.creditdesk.logic.scoring;

import com.creditdesk.model.indicator.Tier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a normalised 评分标准 at its points phrases (得X分 / 计X分 / 不得分) and reads, for each
 * clause, the condition before it: a value with its qualifier (达/以上/超过/低于/以下) or a range A-B.
 * Cap phrases (最高得X分) are not points phrases.
 */
final class ScoringClauses {

    static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern POINTS = Pattern.compile(
            "(?<!最高)(?<!最多)(?<!最低)(?<!不超过)(?<!满分)(?:得|计)" + NUMBER + "分|不得分|不计分");
    private static final String VALUE = "〔?" + NUMBER + "〕?(%|个工作日|个|件|条|名|天|亿元|万条|亿条|万|亿|家|项|类)?";
    private static final Pattern RANGE = Pattern.compile(VALUE + "(?:-|至|到)" + VALUE);
    private static final Pattern SINGLE = Pattern.compile(
            "(低于|小于|不足|超过|高于|大于|达到|达|为|在)?" + VALUE + "(以上|以下|以内)?(\\(含\\))?");

    /** One condition → points pair; lower/upper null when unbounded; none at all for "其他情况". */
    record Clause(BigDecimal points, BigDecimal lower, boolean lowerInclusive, BigDecimal upper,
                  boolean upperInclusive, boolean openUpper) {

        boolean hasCondition() {
            return lower != null || upper != null;
        }
    }

    private ScoringClauses() {
    }

    static List<Clause> read(String text) {
        List<Clause> clauses = new ArrayList<>();
        Matcher points = POINTS.matcher(text);
        int start = 0;
        while (points.find()) {
            BigDecimal value = points.group(1) == null ? BigDecimal.ZERO : new BigDecimal(points.group(1));
            clauses.add(condition(text.substring(start, points.start()), value));
            start = points.end();
        }
        return clauses;
    }

    private static Clause condition(String segment, BigDecimal points) {
        Matcher range = RANGE.matcher(segment);
        if (range.find()) {
            return new Clause(points, scaled(range.group(1), range.group(2) != null ? range.group(2) : range.group(4)),
                    true, scaled(range.group(3), range.group(4)), false, false);
        }
        Matcher single = SINGLE.matcher(segment);
        Clause found = new Clause(points, null, false, null, false, false);
        while (single.find()) {
            String qualifier = single.group(1);
            String unit = single.group(3);
            String suffix = single.group(4);
            boolean bracketed = single.group().contains("〔");
            if (qualifier == null && unit == null && suffix == null && !bracketed) {
                continue;
            }
            BigDecimal value = scaled(single.group(2), unit);
            boolean inclusive = single.group(5) != null;
            if ("以下".equals(suffix) || "以内".equals(suffix) || "低于".equals(qualifier) || "小于".equals(qualifier)
                    || "不足".equals(qualifier)) {
                found = new Clause(points, null, false, value, inclusive || "以内".equals(suffix), false);
            } else if ("以上".equals(suffix)) {
                found = new Clause(points, value, true, null, false, false);
            } else if ("超过".equals(qualifier) || "高于".equals(qualifier) || "大于".equals(qualifier)) {
                found = new Clause(points, value, inclusive, null, false, false);
            } else {
                // 达80% / 为0 / 100%开展: at least this value, up to the next clause's value
                found = new Clause(points, value, true, null, false, true);
            }
        }
        return found;
    }

    /** 亿 and 万 are read as multipliers so that "1亿条" and "8000万" compare. */
    static BigDecimal scaled(String number, String unit) {
        BigDecimal value = new BigDecimal(number);
        if (unit != null && unit.startsWith("亿")) {
            return value.movePointRight(8);
        }
        if (unit != null && unit.startsWith("万")) {
            return value.movePointRight(4);
        }
        return value;
    }

    /** Tiers from clauses with conditions; "at least" clauses end where the next higher one starts. */
    static List<Tier> tiers(List<Clause> clauses) {
        List<Clause> withCondition = clauses.stream().filter(Clause::hasCondition)
                .sorted(Comparator.comparing(c -> c.lower() == null ? c.upper() : c.lower())).toList();
        List<Tier> tiers = new ArrayList<>();
        for (int i = 0; i < withCondition.size(); i++) {
            Clause c = withCondition.get(i);
            BigDecimal upper = c.upper();
            boolean upperInclusive = c.upperInclusive();
            if (c.openUpper()) {
                for (Clause next : withCondition.subList(i + 1, withCondition.size())) {
                    if (next.lower() != null && next.lower().compareTo(c.lower()) > 0) {
                        upper = next.lower();
                        upperInclusive = !next.lowerInclusive();
                        break;
                    }
                }
            }
            if (c.openUpper() && upper == null && c.lower().signum() == 0) {
                upper = c.lower();
                upperInclusive = true;
            }
            tiers.add(new Tier(c.lower(), c.lowerInclusive(), upper, upperInclusive, c.points()));
        }
        // the best band first, so a value on a shared bound gets the band the text names with it
        tiers.sort(Comparator.comparing(Tier::points).reversed());
        return tiers;
    }
}
