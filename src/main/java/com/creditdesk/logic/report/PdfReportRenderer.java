package com.creditdesk.logic.report;

import com.creditdesk.model.report.Report;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The report as a PDF laid out by {@link ReportPaginator}, with the bundled WenQuanYi Micro Hei
 * embedded (subset) so Chinese shows on any computer. Bold is drawn as fill-and-stroke since the
 * font has no bold face.
 */
public final class PdfReportRenderer implements ReportRenderer {

    static final String FONT_RESOURCE = "/fonts/wqy-microhei.ttc";
    static final String PAGE_NUMBERS = "第 {0} 页 共 {1} 页";

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        try (InputStream in = PdfReportRenderer.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + FONT_RESOURCE);
            }
            try (TrueTypeCollection collection = new TrueTypeCollection(in); PDDocument doc = new PDDocument()) {
                TrueTypeFont ttf = firstFont(collection);
                PDType0Font font = PDType0Font.load(doc, ttf, true);
                PdfGlyphs glyphs = new PdfGlyphs(font, ttf);
                for (PageLayout layout : new ReportPaginator(glyphs::width, PAGE_NUMBERS).layout(report)) {
                    draw(doc, layout, font, glyphs);
                }
                doc.getDocumentInformation().setTitle(report.title());
                doc.getDocumentInformation().setCreator("Credit Desk");
                doc.save(out);
            }
        }
    }

    private static TrueTypeFont firstFont(TrueTypeCollection collection) throws IOException {
        AtomicReference<TrueTypeFont> first = new AtomicReference<>();
        collection.processAllFonts(f -> first.compareAndSet(null, f));
        if (first.get() == null) {
            throw new IOException("no font in " + FONT_RESOURCE);
        }
        return first.get();
    }

    private static void draw(PDDocument doc, PageLayout layout, PDType0Font font, PdfGlyphs glyphs) throws IOException {
        PDPage page = new PDPage(new PDRectangle((float) layout.width(), (float) layout.height()));
        doc.addPage(page);
        float h = (float) layout.height();
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.setLineWidth(0.6f);
            for (PageLayout.Box box : layout.boxes()) {
                content.addRect((float) box.x(), h - (float) (box.y() + box.height()), (float) box.width(), (float) box.height());
                if (box.fill()) {
                    content.setNonStrokingColor(0.9f, 0.9f, 0.9f);
                    content.fillAndStroke();
                    content.setNonStrokingColor(0f, 0f, 0f);
                } else {
                    content.stroke();
                }
            }
            content.setLineWidth(0.25f);
            for (PageLayout.Text text : layout.texts()) {
                content.beginText();
                content.setFont(font, (float) text.size());
                content.setRenderingMode(text.bold() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
                content.newLineAtOffset((float) text.x(), h - (float) text.baseline());
                content.showText(glyphs.printable(text.text()));
                content.endText();
            }
        }
    }
}
