package com.creditdesk.cli;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.demo.ExampleCampaign;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.creditdesk.cli.CommandLineAppTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportCommandTest {

    private static String exampleDb(Path dir) {
        Path db = dir.resolve("db");
        try (Database database = Database.openFile(db)) {
            new ExampleCampaign(database.dsl(), "t").loadIfFirstStart();
        }
        return db.toString();
    }

    @Test
    void writesEveryReportInEveryFormat(@TempDir Path dir) throws Exception {
        String db = exampleDb(dir);
        for (String report : new String[] {"ledger", "unit-checklist", "due"}) {
            for (String format : new String[] {"xlsx", "docx", "pdf"}) {
                Path out = dir.resolve("out").resolve(report + "." + format);
                CommandLineAppTest.Run r = run("", "--db", db, "export", report, "--format", format,
                        "--out", out.toString(), "--today", "2021-06-20");
                assertEquals(0, r.code(), r.err());
                assertTrue(r.out().contains(out.getFileName().toString()), r.out());
                assertTrue(Files.size(out) > 1000, out.toString());
            }
        }
        try (InputStream in = Files.newInputStream(dir.resolve("out/ledger.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("工作台账", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
        try (InputStream in = Files.newInputStream(dir.resolve("out/unit-checklist.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(doc.getTables().size() > 5, "one table per unit");
        }
        try (DirectoryStreamCheck ignored = new DirectoryStreamCheck(dir.resolve("out"))) {
            assertFalse(ignored.hasPartFiles(), "no half-written files left behind");
        }
    }

    @Test
    void oneUnitsChecklist(@TempDir Path dir) throws Exception {
        String db = exampleDb(dir);
        Path out = dir.resolve("fgw.pdf");
        CommandLineAppTest.Run r = run("", "--db", db, "export", "unit-checklist", "--unit", "市发改委",
                "--format", "pdf", "--out", out.toString(), "--today", "2021-06-20");
        assertEquals(0, r.code(), r.err());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("责任单位：市发改委"), text);
            assertTrue(text.contains("经办人签字"), text);
            assertFalse(text.contains("责任单位：市财政局"), text);
        }
    }

    @Test
    void badArgumentsExitTwoWithChineseMessages(@TempDir Path dir) {
        String db = exampleDb(dir);
        String out = dir.resolve("x.xlsx").toString();
        CommandLineAppTest.Run noReport = run("", "--db", db, "export");
        assertEquals(2, noReport.code());
        assertTrue(noReport.err().startsWith("请指定要导出的报表"), noReport.err());
        CommandLineAppTest.Run badReport = run("", "--db", db, "export", "scores", "--format", "pdf", "--out", out);
        assertEquals(2, badReport.code());
        assertTrue(badReport.err().startsWith("没有名为“scores”的报表"), badReport.err());
        CommandLineAppTest.Run badFormat = run("", "--db", db, "export", "ledger", "--format", "odt", "--out", out);
        assertEquals(2, badFormat.code());
        assertTrue(badFormat.err().startsWith("不支持导出格式“odt”"), badFormat.err());
        CommandLineAppTest.Run noOut = run("", "--db", db, "export", "ledger", "--format", "pdf");
        assertEquals(2, noOut.code());
        assertTrue(noOut.err().startsWith("请用 --out 指定"), noOut.err());
        CommandLineAppTest.Run badDate = run("", "--db", db, "export", "ledger", "--format", "pdf", "--out", out,
                "--today", "2021/6/1");
        assertEquals(2, badDate.code());
        assertTrue(badDate.err().startsWith("日期“2021/6/1”无法识别"), badDate.err());
        CommandLineAppTest.Run unknownUnit = run("", "--db", db, "export", "unit-checklist", "--unit", "市不存在局",
                "--format", "pdf", "--out", out);
        assertEquals(1, unknownUnit.code());
        assertEquals("单位库中没有名为“市不存在局”的单位。请核对单位名称（可在“报表”页的单位列表中查看全称）。",
                unknownUnit.err().strip());
        assertFalse(Files.exists(Path.of(out)));
    }

    /** Lists a folder for leftover temporary files. */
    private record DirectoryStreamCheck(Path dir) implements AutoCloseable {
        boolean hasPartFiles() throws java.io.IOException {
            try (var files = Files.list(dir)) {
                return files.anyMatch(p -> p.getFileName().toString().endsWith(".part"));
            }
        }

        @Override
        public void close() {
        }
    }
}
