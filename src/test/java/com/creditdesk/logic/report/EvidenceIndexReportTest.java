package com.creditdesk.logic.report;

import org.junit.jupiter.api.Tag;

import com.creditdesk.logic.db.Database;
import com.creditdesk.model.report.Report;
import com.creditdesk.model.report.ReportRow;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("db")
class EvidenceIndexReportTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 6, 20);
    private final Database db = ReportFixture.exampleDatabase();
    private final ReportService service = ReportFixture.service(db);

    @AfterEach
    void close() {
        db.close();
    }

    private Report index(String unit) {
        return service.build(new ReportRequest(ReportKind.EVIDENCE_INDEX, null, unit, TODAY));
    }

    /** Units are listed in the registry's order. */
    @Test
    void requirementsAreGroupedByIndicatorThenTaskWithStatePerUnitAndFiles(@TempDir Path dir) throws Exception {
        new EvidenceIndexFixture(db, dir).add();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ReportFixture.render(index(null), ReportFormat.XLSX)))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("佐证材料目录", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(List.of("序号", "佐证材料要求", "类型", "盖章", "责任单位", "完成时限", "报送情况", "已交材料（接收日期）"),
                    values(sheet.getRow(2)));
            assertEquals("指标：（一）公共信用信息目录编制", sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals(List.of("1", EvidenceIndexFixture.INDICATOR_EVIDENCE, "数据截屏", "", "市发改委",
                    "9月30日前\n所属期：2021年上半年", "未报送", ""), values(sheet.getRow(4)));
            assertEquals("任务：三、主要任务/（一）制定邢台市社会信用促进条例", sheet.getRow(5).getCell(0).getStringCellValue());
            assertEquals(List.of("1", EvidenceIndexFixture.TASK_EVIDENCE, "盖章扫描件", "是", "市财政局、市发改委", "6 月底前",
                    "市财政局：已退回（未加盖公章）\n市发改委：已通过",
                    "市发改委：" + EvidenceIndexFixture.FILE + "（2021年6月3日收）\n市财政局："
                            + EvidenceIndexFixture.RETURNED_FILE + "（2021年6月5日收）（已退回）"), values(sheet.getRow(6)));
            String all = text(sheet);
            assertTrue(all.contains("共 2 项材料要求；按单位计：已通过 1，已报送待审 0，已退回 1，未报送 1。"), all);
            PrintChecks.workbook(sheet, 2, true);
        }
    }

    @Test
    void oneUnitsIndexShowsOnlyWhatItOwesAndItsOwnState(@TempDir Path dir) throws Exception {
        new EvidenceIndexFixture(db, dir).add();
        Report czj = index("市财政局");
        assertEquals("佐证材料目录（市财政局）", czj.title());
        List<ReportRow.Cells> rows = czj.parts().get(0).rows().stream().filter(r -> r instanceof ReportRow.Cells)
                .map(r -> (ReportRow.Cells) r).toList();
        assertEquals(1, rows.size());
        assertEquals("已退回（未加盖公章）", rows.get(0).values().get(6));
        assertEquals(EvidenceIndexFixture.RETURNED_FILE + "（2021年6月5日收）（已退回）", rows.get(0).values().get(7),
                "only its own file, the other unit's is not listed");
    }

    @Test
    void wordAndPdfRepeatTheHeaderOverSeveralPages(@TempDir Path dir) throws Exception {
        EvidenceIndexFixture fixture = new EvidenceIndexFixture(db, dir);
        fixture.add();
        fixture.addMany(3);
        Report report = index(null);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ReportFixture.render(report, ReportFormat.DOCX)))) {
            PrintChecks.landscapeDocument(doc);
            assertEquals("佐证材料要求", doc.getTables().get(0).getRow(0).getCell(1).getText());
        }
        try (PDDocument pdf = Loader.loadPDF(ReportFixture.render(report, ReportFormat.PDF))) {
            int pages = PrintChecks.landscapePdf(pdf, "佐证材料要求", true);
            assertTrue(pages > 2, "pages: " + pages);
            String all = new PDFTextStripper().getText(pdf);
            assertTrue(all.contains("未加盖公章"), all);
        }
    }

    @Test
    void aCampaignWithoutEvidenceSaysSo() {
        Report empty = index(null);
        List<ReportRow> rows = empty.parts().get(0).rows();
        assertEquals(1, rows.size());
        assertEquals("本方案还没有登记佐证材料要求。", ((ReportRow.Span) rows.get(0)).text());
        assertFalse(empty.parts().get(0).closingLines().stream().anyMatch(l -> l.contains("共 0 项")));
    }

    private static List<String> values(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(c -> values.add(c.getStringCellValue()));
        return values;
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder b = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> b.append(cell.toString()).append('|')));
        return b.toString();
    }
}
