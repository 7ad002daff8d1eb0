package com.creditdesk.logic.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextWrapperTest {

    /** Chinese and full-width marks 10 pt wide, the rest 5 pt, at any size. */
    private final TextWrapper wrapper = new TextWrapper((text, size) ->
            text.codePoints().mapToDouble(cp -> TextWidth.wide(cp) ? 10 : 5).sum());

    @Test
    void breaksChineseAnywhereButNeverBeforeClosingPunctuationOrAfterAnOpeningBracket() {
        List<String> lines = wrapper.wrap("建立健全信用承诺制度，完善（信用修复）机制。", 10, 50);
        assertEquals("建立健全信用承诺制度，完善（信用修复）机制。", String.join("", lines));
        for (String line : lines) {
            assertFalse(line.startsWith("，") || line.startsWith("。") || line.startsWith("）"), lines.toString());
            assertFalse(line.endsWith("（"), lines.toString());
        }
    }

    @Test
    void keepsLatinWordsAndNumbersWholeAndHonoursLineBreaks() {
        List<String> lines = wrapper.wrap("达到100%。\nabc defghij", 10, 40);
        assertTrue(lines.stream().anyMatch(l -> l.contains("100")), lines.toString());
        assertTrue(lines.contains("defghij"), lines.toString());
        assertEquals(List.of(""), wrapper.wrap("", 10, 40));
    }
}
