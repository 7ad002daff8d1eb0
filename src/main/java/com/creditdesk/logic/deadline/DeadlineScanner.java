package com.creditdesk.logic.deadline;

import com.creditdesk.model.deadline.Cadence;
import com.creditdesk.model.deadline.Recurrence;
import com.creditdesk.model.deadline.RelativeUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time expressions in one normalised clause with a single grammar whose alternatives
 * are tried in priority order at each position: recurrence (每月…), delay (N个工作日内), look-back
 * (最近N年), campaign period (创建期内), five-year plan (十四五), then calendar expressions built
 * from year, month, day, part-of-period and suffix tokens.
 */
final class DeadlineScanner {

    private static final String RECURRING =
            "(?<rec>(?:每|按)(?<recUnit>月度|月|季度|季|半年|年度|年)"
            + "(?:(?<recPos>末|初|首|第\\d个?|\\d{1,2})月)?"
            + "(?:(?<recDay>\\d{1,2})[日号]|(?:年|月|季度|季)?(?<recEnd>底|末|初|上旬|中旬|下旬))?)";
    private static final String RELATIVE =
            "(?<rel>(?<![\\d近])(?<relN>\\d{1,3})个?(?<relU>工作日|自然日|天|日|周|星期|月|年)(?:之内|以内|内)"
            + "|(?:试行|为期|有效期)(?<trialN>\\d{1,3})个?(?<trialU>天|日|周|月|年)"
            + "|(?<![\\d近每上下])半个?(?<halfU>年|月)(?:之内|以内|内))";
    private static final String LOOKBACK = "(?<lb>(?:最近|近)\\d{1,2}个?(?:年|月|季度))";
    private static final String CAMPAIGN = "(?<camp>(?:创建|创城)(?:工作)?(?:周期|期)(?<campPart>内|间|末|结束前|结束)?)";
    private static final String FIVE_YEAR =
            "(?<fyp>(?<fypN>十[一二三四五六七八九]?|[六七八九])五(?<fypPart>时期末|规划期末|时期|期间|规划期|规划|期末|末))";
    private static final String CALENDAR =
            "(?<cal>(?:(?<!\\d)(?<y>\\d{4})年(?!版)|(?<ty>[今本明次翌]年|下[一1]年|(?:当|(?<![\\d半每近多历周青老少成去往]))年(?=[底末内初])))?"
            + "(?:(?<!\\d)(?<m>\\d{1,2})月份?|(?<tm>下个?月|次月|(?:[本当]|(?<![\\d个每按半近岁年]))月(?=[底末内初]|[上中下]旬)))?"
            + "(?:(?<!\\d)(?<d>\\d{1,2})[日号])?"
            + "(?<part>底|末|初|上旬|中旬|下旬|(?:上半年|下半年|第?[1-4]季度|前[1-3]季度)[末底]?|内)?)"
            + "(?<sfx>以前|之前|前|为止|止|起|以来|开始)?";
    /** Every expression starts with one of these: positions without them are skipped at once. */
    private static final String FIRST_CHAR = "(?=[\\d今本明次翌当年月上下第前每按近最创十六七八九试为有半即印发下])";
    /** 即日起, 自印发之日起: the issue date itself. */
    private static final String TODAY = "(?<today>即日|今日|(?:印发|发布|发文|下发)之日)(?<todaySfx>起)?";
    private static final Pattern GRAMMAR = Pattern.compile(
            FIRST_CHAR + "(?:" + String.join("|", RECURRING, RELATIVE, LOOKBACK, CAMPAIGN, FIVE_YEAR, TODAY, CALENDAR) + ")");

    private DeadlineScanner() {
    }

    static List<DeadlineToken> scan(String clause) {
        List<DeadlineToken> tokens = new ArrayList<>();
        Matcher m = GRAMMAR.matcher(clause);
        while (m.find()) {
            DeadlineToken token = toToken(m, clause);
            if (token != null) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    private static DeadlineToken toToken(Matcher m, String clause) {
        if (m.group("rec") != null) {
            return recurring(m);
        }
        if (m.group("rel") != null) {
            return relative(m);
        }
        if (m.group("lb") != null) {
            return new DeadlineToken.Lookback(m.start(), m.end());
        }
        if (m.group("camp") != null) {
            String part = m.group("campPart");
            return new DeadlineToken.Campaign(m.start(), m.end(), part != null && part.startsWith("末") || "结束".equals(part));
        }
        if (m.group("fyp") != null) {
            int ordinal = DeadlineText.chineseNumber(m.group("fypN"));
            // From the 6th plan (1981–1985) on, the plans follow each other every five years.
            int firstYear = 1981 + 5 * (ordinal - 6);
            return new DeadlineToken.FiveYearPlan(m.start(), m.end(), firstYear, m.group("fypPart").endsWith("末"));
        }
        if (m.group("today") != null) {
            return new DeadlineToken.Calendar(m.start(), m.end(), null, null, null, null, null,
                    CalendarSpans.ISSUE_DAY, m.group("todaySfx"));
        }
        return calendar(m, clause);
    }

    private static DeadlineToken calendar(Matcher m, String clause) {
        Integer year = number(m.group("y"));
        String yearWord = m.group("ty");
        Integer month = number(m.group("m"));
        String monthWord = m.group("tm");
        Integer day = number(m.group("d"));
        String part = m.group("part");
        boolean anchored = year != null || yearWord != null || month != null || monthWord != null;
        boolean standalonePart = part != null && (part.contains("半年") || part.contains("季度") || part.contains("旬"));
        if (!anchored && day == null && !standalonePart) {
            return null;
        }
        // A bare "7号" / "2日" is as often a document number (〔2022〕7号) as a day: take it only as
        // "15日前"/"15日起" or as the second end of a range ("6月1日至15日").
        if (!anchored && day != null && m.group("sfx") == null && !afterRangeConnector(m, clause)) {
            return null;
        }
        return new DeadlineToken.Calendar(m.start(), m.end(), year, yearWord, month, monthWord, day, part, m.group("sfx"));
    }

    private static boolean afterRangeConnector(Matcher m, String clause) {
        char before = m.start() > 0 ? clause.charAt(m.start() - 1) : ' ';
        return before == '至' || before == '到' || before == '-' || before == '~';
    }

    private static DeadlineToken recurring(Matcher m) {
        String unit = m.group("recUnit");
        Cadence cadence = switch (unit.charAt(0)) {
            case '月' -> Cadence.MONTHLY;
            case '季' -> Cadence.QUARTERLY;
            case '半' -> Cadence.HALF_YEARLY;
            default -> Cadence.YEARLY;
        };
        Integer monthInPeriod = monthInPeriod(m.group("recPos"), cadence);
        Integer day = number(m.group("recDay"));
        String end = m.group("recEnd");
        if (end != null && (end.equals("初") || end.equals("上旬"))) {
            day = 10;
        } else if ("中旬".equals(end)) {
            day = 20;
        }
        if (monthInPeriod != null && monthInPeriod < 0 || day != null && (day < 1 || day > 31)) {
            return null;
        }
        return new DeadlineToken.Recurring(m.start(), m.end(), new Recurrence(cadence, day, monthInPeriod));
    }

    /** 末月 → the period's last month, 首月/初月 → first, 第2个月 → 2, 6月 (of 每年) → 6; -1 when out of the period. */
    private static Integer monthInPeriod(String position, Cadence cadence) {
        if (position == null) {
            return null;
        }
        int month = switch (position) {
            case "末" -> cadence.months();
            case "初", "首" -> 1;
            default -> Integer.parseInt(position.replaceAll("\\D", ""));
        };
        return month >= 1 && month <= cadence.months() ? month : -1;
    }

    private static DeadlineToken relative(Matcher m) {
        String half = m.group("halfU");
        if (half != null) {
            // 半年内 = 6 months, 半个月内 = 15 days.
            return half.equals("年") ? new DeadlineToken.Relative(m.start(), m.end(), 6, RelativeUnit.MONTHS)
                    : new DeadlineToken.Relative(m.start(), m.end(), 15, RelativeUnit.DAYS);
        }
        boolean trial = m.group("trialN") != null;
        int amount = Integer.parseInt(trial ? m.group("trialN") : m.group("relN"));
        String unit = trial ? m.group("trialU") : m.group("relU");
        return switch (unit) {
            case "工作日" -> new DeadlineToken.Relative(m.start(), m.end(), amount, RelativeUnit.WORKING_DAYS);
            case "周", "星期" -> new DeadlineToken.Relative(m.start(), m.end(), amount * 7, RelativeUnit.DAYS);
            case "月" -> new DeadlineToken.Relative(m.start(), m.end(), amount, RelativeUnit.MONTHS);
            case "年" -> new DeadlineToken.Relative(m.start(), m.end(), amount, RelativeUnit.YEARS);
            default -> new DeadlineToken.Relative(m.start(), m.end(), amount, RelativeUnit.DAYS);
        };
    }

    private static Integer number(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }
}
