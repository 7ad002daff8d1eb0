package com.creditdesk.logic.report;

import org.junit.jupiter.api.Tag;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.Database;
import com.creditdesk.model.report.Report;
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
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 自评打分表 of the 濮阳 system with the 现状 and 冲刺 scenarios, in all three formats. */
@Tag("db")
class ScoreSheetReportTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 6, 20);
    private final Database db = ReportFixture.exampleDatabase();
    private final ReportService service = ReportFixture.service(db);

    @BeforeEach
    void scenarios() {
        ScoreSheetFixture.addScenarios(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Report sheet(String... scenarios) {
        return service.build(ReportRequest.scoreSheet(null, TODAY, ScoreSheetFixture.PUYANG, List.of(scenarios)));
    }

    @Test
    void workbookShowsScoresVetoStateMissingDataAndTotalsWithPrintSetup() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ReportFixture.render(sheet("现状"), ReportFormat.XLSX)))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("自评打分表", cell(sheet, 0, 0));
            assertEquals("黑体", wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getFontName());
            assertTrue(cell(sheet, 2, 0).contains("第三批社会信用体系建设示范城市评审指标") && cell(sheet, 2, 0).contains("方案：现状"));
            assertEquals(List.of("序号", "指标", "类别", "分值", "评分标准（摘要）", "得分", "否决/缺项说明"), rowValues(sheet.getRow(3)));
            assertEquals("基础指标", cell(sheet, 4, 0));
            List<String> vetoPassed = find(sheet, "统一社会信用代码重错率低于万分之一。");
            assertEquals(List.of("1", "统一社会信用代码重错率低于万分之一。", "否决项", "—", "同左", "通过", ""), vetoPassed);
            List<String> vetoFailed = find(sheet, "辖区内的政务服务大厅接入信用信息共享平台、信用门户网站。信用门户网站意识形态责任制落实到位。");
            assertEquals("未通过", vetoFailed.get(5));
            assertEquals("一票否决未通过：信用门户网站意识形态责任制落实到位为 否，要求为“是”。", vetoFailed.get(6));
            List<String> scored = find(sheet, "(一)事业单位信用状况(4分)");
            assertEquals(List.of("(一)", "评分项", "4", "4"), List.of(scored.get(0), scored.get(2), scored.get(3), scored.get(5)));
            List<String> missing = find(sheet, "诚信建设万里行等诚信宣传活动");
            assertEquals("1.", missing.get(0), "序号 as written");
            assertEquals("缺少数据", missing.get(5), "a missing input is never a 0");
            assertEquals("缺少：“诚信建设万里行”等宣传活动预估得分", missing.get(6));
            List<String> total = find(sheet, "总分");
            assertEquals("79＋13", total.get(3));
            assertEquals("9.5\n（不全）", total.get(5));
            assertTrue(total.get(6).contains("不是最终得分"), total.toString());
            assertEquals("未通过", find(sheet, "一票否决项").get(5));
            assertTrue(text(sheet).contains("填表人"));
            PrintChecks.workbook(sheet, 3, true);
        }
    }

    @Test
    void wordDocumentPutsTwoScenariosSideBySideWithTheDifference() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ReportFixture.render(sheet("现状", "冲刺"), ReportFormat.DOCX)))) {
            assertEquals("自评打分表", doc.getParagraphs().get(0).getText());
            assertTrue(doc.getParagraphs().get(2).getText().contains("方案对比：现状（甲）、冲刺（乙）"));
            XWPFTable table = doc.getTables().get(0);
            PrintChecks.landscapeDocument(doc);
            XWPFTableRow header = table.getRow(0);
            assertEquals(9, header.getTableCells().size());
            assertTrue(header.getCell(5).getText().contains("现状"), header.getCell(5).getText());
            assertTrue(header.getCell(6).getText().contains("冲刺"), header.getCell(6).getText());
            assertTrue(header.getCell(7).getText().startsWith("差值"));
            XWPFTableRow archive = rowWith(table, "(二)公务员诚信档案(2分)");
            assertEquals(List.of("1", "2", "+1"), List.of(archive.getCell(5).getText(), archive.getCell(6).getText(),
                    archive.getCell(7).getText()));
            XWPFTableRow veto = rowWith(table, "辖区内的政务服务大厅接入信用信息共享平台、信用门户网站。信用门户网站意识形态责任制落实到位。");
            assertEquals("未通过", veto.getCell(5).getText());
            assertEquals("通过", veto.getCell(6).getText());
            assertTrue(veto.getCell(8).getText().startsWith("现状："), veto.getCell(8).getText());
        }
    }

    @Test
    void pdfRepeatsTheHeaderEmbedsTheFontAndNumbersThePages() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(ReportFixture.render(sheet("现状", "冲刺"), ReportFormat.PDF))) {
            int pages = PrintChecks.landscapePdf(pdf, "评分标准（摘要）", true);
            assertTrue(pages > 3, "pages: " + pages);
            String all = new PDFTextStripper().getText(pdf);
            assertTrue(all.contains("一票否决未通过"), all);
            assertTrue(all.contains("公务员诚信档案"), all);
            assertFalse(all.contains("false"), "yes/no inputs are shown as 是/否");
        }
    }

    @Test
    void withoutAScenarioItIsABlankFormToFillIn() throws Exception {
        Report blank = sheet();
        assertTrue(blank.parts().get(0).heading().contains("空白表"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ReportFixture.render(blank, ReportFormat.XLSX)))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("自评得分", cell(sheet, 3, 5));
            assertEquals("备注", cell(sheet, 3, 6));
            assertEquals("", find(sheet, "(一)事业单位信用状况(4分)").get(5));
            assertEquals("79＋13", find(sheet, "总分").get(3));
        }
    }

    @Test
    void unknownScenarioMissingSystemAndTooManyScenariosAreRefused() {
        UserFacingException unknown = assertThrows(UserFacingException.class, () -> sheet("不存在"));
        assertEquals("report.error.unknownScenario", unknown.key());
        UserFacingException noSystem = assertThrows(UserFacingException.class,
                () -> service.build(ReportRequest.scoreSheet(null, TODAY, null, List.of("现状"))));
        assertEquals("report.error.noSystem", noSystem.key());
        UserFacingException tooMany = assertThrows(UserFacingException.class, () -> sheet("现状", "冲刺", "现状"));
        assertEquals("report.error.tooManyScenarios", tooMany.key());
    }

    static String cell(XSSFSheet sheet, int row, int col) {
        return sheet.getRow(row).getCell(col).getStringCellValue();
    }

    private static List<String> rowValues(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(c -> values.add(c.getStringCellValue()));
        return values;
    }

    /** The first row whose 指标 cell (column 1) is {@code title}. */
    private static List<String> find(XSSFSheet sheet, String title) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && title.equals(row.getCell(1).getStringCellValue())) {
                return rowValues(row);
            }
        }
        throw new AssertionError("no row " + title);
    }

    private static XWPFTableRow rowWith(XWPFTable table, String title) {
        return table.getRows().stream().filter(r -> r.getTableCells().size() > 1 && r.getCell(1).getText().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + title));
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder b = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> b.append(cell.toString()).append('|')));
        return b.toString();
    }
}
