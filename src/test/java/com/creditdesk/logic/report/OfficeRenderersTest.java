package com.creditdesk.logic.report;

import com.creditdesk.logic.db.Database;
import com.creditdesk.model.report.Report;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("db")
class OfficeRenderersTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 6, 20);
    private final Database db = ReportFixture.exampleDatabase();
    private final ReportService service = ReportFixture.service(db);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void ledgerWorkbookHasTitleHeadersVerbatimDeadlinesAndPrintSetup() throws Exception {
        Report report = service.build(new ReportRequest(ReportKind.LEDGER, null, null, TODAY));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ReportFixture.render(report, ReportFormat.XLSX)))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("工作台账", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("黑体", wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getFontName());
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().contains("2021年6月20日"));
            assertEquals("完成时限", sheet.getRow(2).getCell(5).getStringCellValue());
            assertEquals("三、主要任务", sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals("制定邢台市社会信用促进条例", sheet.getRow(4).getCell(1).getStringCellValue());
            assertEquals("6 月底前", sheet.getRow(4).getCell(5).getStringCellValue());
            assertTrue(sheet.getRow(4).getHeightInPoints() > 30, "wrapped rows are taller");
            PrintChecks.workbook(sheet, 2, true);
        }
    }

    @Test
    void checklistForAllUnitsHasOneSheetPerUnitWithASignatureLine() throws Exception {
        Report report = service.build(new ReportRequest(ReportKind.UNIT_CHECKLIST, null, null, TODAY));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ReportFixture.render(report, ReportFormat.XLSX)))) {
            assertEquals(report.parts().size(), wb.getNumberOfSheets());
            assertTrue(wb.getNumberOfSheets() > 5);
            XSSFSheet sheet = wb.getSheetAt(0);
            assertFalse(sheet.getPrintSetup().getLandscape());
            String all = text(sheet);
            assertTrue(all.contains("经办人签字"), all);
            assertTrue(all.contains("责任单位："), all);
        }
    }

    @Test
    void wordDocumentRepeatsTheHeaderRowIsLandscapeAndNumbersPages() throws Exception {
        Report report = service.build(new ReportRequest(ReportKind.LEDGER, null, null, TODAY));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ReportFixture.render(report, ReportFormat.DOCX)))) {
            assertEquals("工作台账", doc.getParagraphs().get(0).getText());
            XWPFTable table = doc.getTables().get(0);
            assertTrue(table.getRow(0).isRepeatHeader());
            assertTrue(table.getRow(0).getCtRow().xmlText().contains("tblHeader"));
            assertEquals("完成时限", table.getRow(0).getCell(5).getText());
            assertEquals("6 月底前", table.getRow(2).getCell(5).getText());
            assertEquals("三、主要任务", table.getRow(1).getCell(0).getText());
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertEquals(STPageOrientation.LANDSCAPE, sect.getPgSz().getOrient());
            assertEquals(16838, ((Number) sect.getPgSz().getW()).intValue());
            String footer = doc.getFooterArray(0).getParagraphs().get(0).getCTP().xmlText();
            assertTrue(footer.contains("PAGE") && footer.contains("NUMPAGES"), footer);
            assertTrue(doc.getFooterArray(0).getText().contains("页"));
        }
    }

    @Test
    void portraitChecklistUsesGbMargins() throws Exception {
        Report report = service.build(new ReportRequest(ReportKind.UNIT_CHECKLIST, null, "市发改委", TODAY));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ReportFixture.render(report, ReportFormat.DOCX)))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertEquals(11906, ((Number) sect.getPgSz().getW()).intValue());
            assertEquals(2098, ((Number) sect.getPgMar().getTop()).intValue());
            assertEquals(1587, ((Number) sect.getPgMar().getLeft()).intValue());
            assertTrue(doc.getTables().get(0).getRow(0).isRepeatHeader());
        }
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder b = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> b.append(cell.toString()).append('|')));
        return b.toString();
    }
}
