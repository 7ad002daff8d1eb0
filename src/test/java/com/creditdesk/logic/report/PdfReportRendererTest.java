package com.creditdesk.logic.report;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.Database;
import com.creditdesk.model.report.PageOrientation;
import com.creditdesk.model.report.Report;
import com.creditdesk.model.report.ReportPart;
import com.creditdesk.model.report.ReportRow;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("db")
class PdfReportRendererTest {

    @Test
    void longLedgerSpansPagesWithEmbeddedFontAndHeaderOnEveryPage() throws Exception {
        Report report = ReportFixture.longLedger(200);
        try (PDDocument pdf = Loader.loadPDF(ReportFixture.render(report, ReportFormat.PDF))) {
            int pages = PrintChecks.landscapePdf(pdf, "具体内容/成果形式", false);
            assertTrue(pages > 1, "pages: " + pages);
            String all = new PDFTextStripper().getText(pdf);
            assertTrue(all.contains("推进信用示范任务1"), "first task");
            assertTrue(all.contains("推进信用示范任务200"), "last task");
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
    void aSectionHeadingIsNeverTheLastRowOfAPage() throws Exception {
        for (int every = 3; every <= 8; every++) {
            List<ReportRow> rows = new ArrayList<>();
            for (int i = 1; i <= 80; i++) {
                if (i % every == 1) {
                    rows.add(new ReportRow.Span("第" + i + "部分", ReportRow.SpanStyle.SECTION));
                }
                rows.add(ReportRow.Cells.of(String.valueOf(i), "任务" + i, "内容", "月底前", "未开始"));
            }
            Report report = new Report("工作台账", "", PageOrientation.LANDSCAPE, ReportFixture.longLedger(1).columns(),
                    List.of(new ReportPart(null, rows, List.of())));
            List<PageLayout> pages = PdfReportRenderer.pages(report);
            for (PageLayout page : pages.subList(0, pages.size() - 1)) {
                PageLayout.Box last = page.boxes().stream().max(Comparator.comparingDouble(PageLayout.Box::y)).orElseThrow();
                double tableWidth = page.boxes().stream().filter(b -> b.y() == page.boxes().get(0).y())
                        .mapToDouble(PageLayout.Box::width).sum();
                assertFalse(last.fill() && Math.abs(last.width() - tableWidth) < 0.5,
                        "a section heading alone at the foot of page " + (pages.indexOf(page) + 1) + " (every " + every + ")");
            }
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
