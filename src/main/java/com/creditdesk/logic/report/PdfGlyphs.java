package com.creditdesk.logic.report;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Glyph widths of the embedded font, and the text made printable with it: characters the font
 * lacks become "?" (instead of failing the export), tabs become spaces, other controls vanish.
 */
final class PdfGlyphs {

    private final PDType0Font font;
    private final CmapLookup cmap;
    private final Map<Integer, Double> widths = new HashMap<>();

    PdfGlyphs(PDType0Font font, TrueTypeFont ttf) throws IOException {
        this.font = font;
        this.cmap = ttf.getUnicodeCmapLookup();
    }

    PDType0Font font() {
        return font;
    }

    /** The text with what the font cannot show replaced. */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(cp)) {
                out.appendCodePoint(cmap.getGlyphId(cp) > 0 ? cp : '?');
            }
        });
        return out.toString();
    }

    /** Width in points at {@code size}. */
    double width(String text, double size) {
        double units = 0;
        for (int cp : printable(text).codePoints().toArray()) {
            units += widths.computeIfAbsent(cp, this::glyphWidth);
        }
        return units / 1000 * size;
    }

    private double glyphWidth(int cp) {
        try {
            return font.getStringWidth(new String(Character.toChars(cp)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
