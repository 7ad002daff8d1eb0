package com.creditdesk.logic.report;

/**
 * Estimates how many lines a text wraps to in a column measured in Latin character widths, for
 * formats that cannot measure fonts themselves (POI does not auto-size wrapped Chinese text).
 * A Chinese character or full-width mark counts as two Latin widths.
 */
final class TextWidth {

    private TextWidth() {
    }

    static int units(String text) {
        int units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return units;
    }

    static boolean wide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD) || (cp >= 0x2010 && cp <= 0x2027));
    }

    /** Lines a text takes in a column {@code widthUnits} wide, each paragraph wrapping on its own. */
    static int lines(String text, double widthUnits) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double usable = Math.max(2, widthUnits);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(units(paragraph) / usable));
        }
        return lines;
    }
}
