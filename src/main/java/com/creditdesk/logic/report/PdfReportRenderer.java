package com.creditdesk.logic.report;

import com.creditdesk.model.report.Report;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The report as a PDF laid out by {@link ReportPaginator}, with the bundled WenQuanYi Micro Hei
 * embedded (subset) so Chinese shows on any computer. Bold is drawn as fill-and-stroke since the
 * font has no bold face.
 */
public final class PdfReportRenderer implements ReportRenderer {

    static final String PAGE_NUMBERS = "第 {0} 页 共 {1} 页";

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        try (CjkFont cjk = new CjkFont(); PDDocument doc = new PDDocument()) {
            PdfGlyphs glyphs = cjk.embedIn(doc);
            for (PageLayout layout : new ReportPaginator(glyphs::width, PAGE_NUMBERS).layout(report)) {
                draw(doc, layout, glyphs);
            }
            doc.getDocumentInformation().setTitle(report.title());
            doc.getDocumentInformation().setCreator("Credit Desk");
            doc.save(out);
        }
    }

    /** The pages as the PDF shows them, for a print preview or printing without a file. */
    public static List<PageLayout> pages(Report report) throws IOException {
        try (CjkFont cjk = new CjkFont(); PDDocument scratch = new PDDocument()) {
            return new ReportPaginator(cjk.embedIn(scratch)::width, PAGE_NUMBERS).layout(report);
        }
    }

    private static void draw(PDDocument doc, PageLayout layout, PdfGlyphs glyphs) throws IOException {
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
                content.setFont(glyphs.font(), (float) text.size());
                content.setRenderingMode(text.bold() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
                content.newLineAtOffset((float) text.x(), h - (float) text.baseline());
                content.showText(glyphs.printable(text.text()));
                content.endText();
            }
        }
    }
}
