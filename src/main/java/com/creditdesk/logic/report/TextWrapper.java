package com.creditdesk.logic.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text to a width by measured glyph widths. Chinese breaks between any two characters,
 * but closing punctuation never starts a line and a Latin word or number stays whole when it fits.
 */
final class TextWrapper {

    /** Measures a text's width in points at a font size. */
    interface Measure {
        double width(String text, double size);
    }

    private static final String NO_LINE_START = "，。、；：？！）》」』】〕”’,.;:?!)]%·…—";

    private static final String NO_LINE_END = "（《「『【〔“‘([";

    private final Measure measure;

    TextWrapper(Measure measure) {
        this.measure = measure;
    }

    List<String> wrap(String text, double size, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            wrapParagraph(paragraph, size, maxWidth, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, double size, double maxWidth, List<String> lines) {
        int start = 0;
        int n = paragraph.length();
        if (n == 0) {
            lines.add("");
            return;
        }
        while (start < n) {
            int end = start;
            double width = 0;
            while (end < n) {
                int cp = paragraph.codePointAt(end);
                int next = end + Character.charCount(cp);
                double w = measure.width(paragraph.substring(end, next), size);
                boolean hang = end > start && NO_LINE_START.indexOf(cp) >= 0;
                if (width + w > maxWidth && end > start && !hang) {
                    break;
                }
                width += w;
                end = next;
            }
            end = keepWordWhole(paragraph, start, end);
            if (end < n && end - 1 > start && NO_LINE_END.indexOf(paragraph.charAt(end - 1)) >= 0) {
                end--;
            }
            lines.add(paragraph.substring(start, end).stripTrailing());
            start = end;
            while (start < n && paragraph.charAt(start) == ' ') {
                start++;
            }
        }
    }

    /** Moves a break that falls inside a Latin word back to the word's start, if that leaves something on the line. */
    private static int keepWordWhole(String s, int start, int end) {
        if (end >= s.length() || !latin(s.charAt(end)) || !latin(s.charAt(end - 1))) {
            return end;
        }
        int wordStart = end;
        while (wordStart > start && latin(s.charAt(wordStart - 1))) {
            wordStart--;
        }
        return wordStart > start ? wordStart : end;
    }

    private static boolean latin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
