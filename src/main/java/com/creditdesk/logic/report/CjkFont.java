package com.creditdesk.logic.report;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bundled WenQuanYi Micro Hei (a TrueType Collection; its first face is used) for PDF output
 * and page layout. Open while the PDF is written: subsetting happens when it is saved.
 */
final class CjkFont implements AutoCloseable {

    static final String RESOURCE = "/fonts/wqy-microhei.ttc";

    private final TrueTypeCollection collection;
    private final TrueTypeFont ttf;

    CjkFont() throws IOException {
        try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            collection = new TrueTypeCollection(in);
        }
        AtomicReference<TrueTypeFont> first = new AtomicReference<>();
        collection.processAllFonts(f -> first.compareAndSet(null, f));
        if (first.get() == null) {
            collection.close();
            throw new IOException("no font in " + RESOURCE);
        }
        ttf = first.get();
    }

    /** The font embedded (as a subset) in {@code doc}, with its glyph metrics. */
    PdfGlyphs embedIn(PDDocument doc) throws IOException {
        return new PdfGlyphs(PDType0Font.load(doc, ttf, true), ttf);
    }

    @Override
    public void close() throws IOException {
        collection.close();
    }
}
