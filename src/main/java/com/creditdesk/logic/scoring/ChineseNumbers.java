package com.creditdesk.logic.scoring;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises scoring text (full-width digits and punctuation, the letter l misread for 1, spaces
 * from PDF conversion) and reads Chinese numbers: 十万分之一 → 0.00001, 二十 → 20, 一 → 1.
 */
final class ChineseNumbers {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final Pattern FRACTION = Pattern.compile("(百|千|万|十万|百万)分之([零一二两三四五六七八九十\\d.]+)");
    private static final Pattern LETTER_L_AS_ONE = Pattern.compile("(?<=[扣减得计^\\s])l(?=[．.分、]|$)|^l(?=[．.、\\u4e00-\\u9fa5])");

    private static final Pattern COUNTED = Pattern.compile("(?<![第统之任])([零一二两三四五六七八九十百]+)(?=名|个|项|家|类|天|条|件|次|起|种)");

    private ChineseNumbers() {
    }

    /** 前二十名 → 前20名, 每一个 → 每1个: Chinese numbers before a measure word become digits. */
    static String replaceCounted(String text) {
        Matcher m = COUNTED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, parse(m.group(1)).toPlainString());
        }
        m.appendTail(out);
        return out.toString();
    }

    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + c - '０'));
            } else if (c == '％') {
                out.append('%');
            } else if (c == '．') {
                out.append('.');
            } else if (c == '（') {
                out.append('(');
            } else if (c == '）') {
                out.append(')');
            } else if (c == '，') {
                out.append(',');
            } else if (c == '；') {
                out.append(';');
            } else if (c == '＊' || c == '×') {
                out.append('*');
            } else if (c == '／') {
                out.append('/');
            } else if (c == '－' || c == '—' || c == '~' || c == '～') {
                out.append('-');
            } else if (!Character.isWhitespace(c) && c != '\u3000') {
                out.append(c);
            }
        }
        return LETTER_L_AS_ONE.matcher(out.toString()).replaceAll("1");
    }

    /** Replaces fractions written in words by bracketed decimals: 十万分之五 → 〔0.00005〕. */
    static String replaceFractions(String text, java.util.List<String> found) {
        Matcher m = FRACTION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            BigDecimal denominator = switch (m.group(1)) {
                case "百" -> BigDecimal.valueOf(100);
                case "千" -> BigDecimal.valueOf(1000);
                case "万" -> BigDecimal.valueOf(10_000);
                case "十万" -> BigDecimal.valueOf(100_000);
                default -> BigDecimal.valueOf(1_000_000);
            };
            BigDecimal numerator = parse(m.group(2));
            String decimal = numerator.divide(denominator).stripTrailingZeros().toPlainString();
            found.add(m.group() + "=" + decimal);
            m.appendReplacement(out, "〔" + decimal + "〕");
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Arabic or Chinese (up to 九百九十九) number. */
    static BigDecimal parse(String text) {
        if (text.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return new BigDecimal(text);
        }
        int hundreds = text.indexOf('百');
        if (hundreds >= 0) {
            int high = hundreds == 0 ? 1 : digit(text.charAt(0));
            String rest = text.substring(hundreds + 1).replace("零", "");
            BigDecimal low = rest.isEmpty() ? BigDecimal.ZERO
                    : rest.length() == 1 && rest.charAt(0) != '十' ? BigDecimal.valueOf(digit(rest.charAt(0)) * 10L)
                    : parse(rest.startsWith("十") ? "一" + rest : rest);
            return BigDecimal.valueOf(high * 100L).add(low);
        }
        int tens = text.indexOf('十');
        if (tens < 0) {
            return BigDecimal.valueOf(digit(text.charAt(0)));
        }
        int high = tens == 0 ? 1 : digit(text.charAt(0));
        int low = tens == text.length() - 1 ? 0 : digit(text.charAt(tens + 1));
        return BigDecimal.valueOf(high * 10L + low);
    }

    private static int digit(char c) {
        if (c == '两') {
            return 2;
        }
        int index = DIGITS.indexOf(c);
        if (index < 0) {
            throw new NumberFormatException(String.valueOf(c));
        }
        return index;
    }
}
