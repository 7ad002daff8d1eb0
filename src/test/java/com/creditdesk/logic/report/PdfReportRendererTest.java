package com.creditdesk.logic.report;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.Database;
import com.creditdesk.model.report.Report;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("db")
class PdfReportRendererTest {

    @Test
    void longLedgerSpansPagesWithEmbeddedFontAndHeaderOnEveryPage() throws Exception {
        Report report = ReportFixture.longLedger(200);
        try (PDDocument pdf = Loader.loadPDF(ReportFixture.render(report, ReportFormat.PDF))) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages > 1, "pages: " + pages);
            for (PDPage page : pdf.getPages()) {
                assertTrue(page.getMediaBox().getWidth() > page.getMediaBox().getHeight(), "landscape A4");
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                }
            }
            String all = new PDFTextStripper().getText(pdf);
            assertTrue(all.contains("推进信用示范任务1"), "first task");
            assertTrue(all.contains("推进信用示范任务200"), "last task");
            for (int p = 1; p <= pages; p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(pdf);
                assertTrue(text.contains("具体内容/成果形式"), "header on page " + p);
                assertTrue(text.contains("第 " + p + " 页 共 " + pages + " 页"), "page number on page " + p);
            }
        }
    }

    @Test
    void exampleReportsRenderAndUnknownUnitIsRefused() throws Exception {
        try (Database db = ReportFixture.exampleDatabase()) {
            ReportService service = ReportFixture.service(db);
            LocalDate today = LocalDate.of(2021, 6, 20);
            Report ledger = service.build(new ReportRequest(ReportKind.LEDGER, null, null, today));
            try (PDDocument pdf = Loader.loadPDF(ReportFixture.render(ledger, ReportFormat.PDF))) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains("健全和落实信用制度"), text);
                assertTrue(text.contains("工作台账"));
            }
            Report due = service.build(new ReportRequest(ReportKind.DUE, null, null, today));
            try (PDDocument pdf = Loader.loadPDF(ReportFixture.render(due, ReportFormat.PDF))) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains("逾期/临期清单"));
                assertTrue(text.contains("已逾期") || text.contains("30 日内到期"), text);
            }
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> service.build(new ReportRequest(ReportKind.UNIT_CHECKLIST, null, "不存在局", today)));
            assertEquals("report.error.unknownUnit", e.key());
        }
    }

    @Test
    void aRowTallerThanAPageIsSplitAcrossPages() throws Exception {
        Report tall = new Report("工作台账", "", com.creditdesk.model.report.PageOrientation.PORTRAIT,
                ReportFixture.longLedger(1).columns(), java.util.List.of(new com.creditdesk.model.report.ReportPart(null,
                java.util.List.of(com.creditdesk.model.report.ReportRow.Cells.of("1", "很长的任务",
                        "信用承诺。".repeat(900), "年底前", "未开始")), java.util.List.of())));
        try (PDDocument pdf = Loader.loadPDF(ReportFixture.render(tall, ReportFormat.PDF))) {
            assertTrue(pdf.getNumberOfPages() >= 2);
        }
    }
}
