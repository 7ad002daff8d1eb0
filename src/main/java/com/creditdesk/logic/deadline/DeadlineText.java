package com.creditdesk.logic.deadline;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a deadline text into one canonical spelling before it is read: ASCII digits and
 * punctuation, Arabic numbers for Chinese numerals in front of a date or count unit
 * (十一月 → 11月, 二〇二二年 → 2022年, 两个月 → 2个月), no spaces left by PDF conversion
 * ("6 月底前" → "6月底前"), one dash, ISO dates spelled as 年月日 and bare year ranges given 年.
 */
final class DeadlineText {

    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\u301C~\\-]+");
    private static final Pattern QUOTED_PLAN = Pattern.compile("[\"'\\u201C\\u2018]((?:十[一二三四五六七八九]?|[六七八九])五)[\"'\\u201D\\u2019]");
    private static final Pattern QUOTES = Pattern.compile("[\"'\\u201C\\u201D\\u2018\\u2019\\u300C\\u300D\\u300E\\u300F\\u300A\\u300B]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NUMERAL_RUN = Pattern.compile("[〇零一二两三四五六七八九十百]+(?=[年月日号个天周季旬])");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})(?!\\d)");
    private static final Pattern ISO_MONTH = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[./](\\d{1,2})(?![\\d.])");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)年?(-|至|到)((?:19|20)\\d{2})(?!\\d)年?");

    private DeadlineText() {
    }

    static String normalize(String text) {
        // NFKC turns full-width digits, letters and punctuation (（），：～) into ASCII.
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        // Each rewrite runs only when its trigger characters occur: most cells need none of them.
        if (containsAny(s, " \t\n\r\u00A0")) {
            s = removeSpaces(s);
        }
        if (containsAny(s, "\"'\u201C\u201D\u2018\u2019\u300C\u300D\u300E\u300F\u300A\u300B")) {
            s = QUOTED_PLAN.matcher(s).replaceAll("$1时期");
            s = QUOTES.matcher(s).replaceAll("");
        }
        boolean dashes = containsAny(s, "-~\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u301C");
        if (dashes) {
            s = DASHES.matcher(s).replaceAll("-");
        }
        if (containsAny(s, "〇零一二两三四五六七八九十百")) {
            s = convertNumerals(s);
        }
        if (dashes || containsAny(s, "./")) {
            s = ISO_DATE.matcher(s).replaceAll("$1年$2月$3日");
            s = ISO_MONTH.matcher(s).replaceAll("$1年$2月");
        }
        if (dashes || containsAny(s, "至到")) {
            s = YEAR_RANGE.matcher(s).replaceAll("$1年$2$3年");
        }
        return s;
    }

    /** Spaces carry no meaning in Chinese text; one is kept only where it separates two numbers. */
    private static String removeSpaces(String s) {
        Matcher m = SPACES.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            boolean between = m.start() > 0 && m.end() < s.length()
                    && isAsciiDigit(s.charAt(m.start() - 1)) && isAsciiDigit(s.charAt(m.end()));
            m.appendReplacement(out, between ? " " : "");
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String convertNumerals(String s) {
        Matcher m = NUMERAL_RUN.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            int value = chineseNumber(m.group());
            m.appendReplacement(out, value < 0 ? m.group() : Integer.toString(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Value of a Chinese numeral: positional (十一 = 11, 二十五 = 25, 一百 = 100) or read digit by
     * digit when it has no 十/百 (二〇二二 = 2022). -1 when it is not a well-formed number.
     */
    static int chineseNumber(String numeral) {
        if (numeral.indexOf('十') < 0 && numeral.indexOf('百') < 0) {
            int value = 0;
            for (int i = 0; i < numeral.length(); i++) {
                value = value * 10 + digit(numeral.charAt(i));
            }
            return value;
        }
        int total = 0;
        int pending = -1;
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            if (c == '百' || c == '十') {
                int unit = c == '百' ? 100 : 10;
                total += (pending < 0 ? 1 : pending) * unit;
                pending = -1;
            } else if (c == '零' || c == '〇') {
                pending = -1;
            } else {
                if (pending >= 0) {
                    return -1;
                }
                pending = digit(c);
            }
        }
        return total + Math.max(pending, 0);
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> throw new IllegalArgumentException("not a numeral: " + c);
        };
    }
}
