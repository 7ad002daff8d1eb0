package com.creditdesk.cli;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.demo.ExampleCampaign;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.logic.report.ReportKind;
import com.creditdesk.logic.scoring.ScenarioService;
import com.creditdesk.model.indicator.Scenario;
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
import java.util.Map;

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
    void scoreSheetAndEvidenceIndexInEveryFormat(@TempDir Path dir) throws Exception {
        String db = exampleDb(dir);
        try (Database database = Database.openFile(Path.of(db))) {
            ScenarioService scenarios = new ScenarioService(database.dsl(), "t");
            long campaign = new LedgerService(database.dsl(), "t").campaigns().get(0).id();
            Scenario now = scenarios.createCurrent(campaign, "puyang-2021", "现状");
            scenarios.save(now.id(), Map.of("hall_connected", true, "ideology_responsibility", false, "cs_archive", true));
            Scenario sprint = scenarios.copy(now.id(), "冲刺");
            scenarios.save(sprint.id(), Map.of("hall_connected", true, "ideology_responsibility", true, "cs_archive", true));
        }
        for (String format : new String[] {"xlsx", "docx", "pdf"}) {
            Path sheet = dir.resolve("out").resolve("score-sheet." + format);
            CommandLineAppTest.Run r = run("", "--db", db, "export", "score-sheet", "--format", format, "--out", sheet.toString(),
                    "--system", "puyang-2021", "--scenario", "现状", "--scenario", "冲刺", "--today", "2021-06-20");
            assertEquals(0, r.code(), r.err());
            assertTrue(Files.size(sheet) > 1000, sheet.toString());
            Path evidence = dir.resolve("out").resolve("evidence-index." + format);
            CommandLineAppTest.Run e = run("", "--db", db, "export", "evidence-index", "--format", format,
                    "--out", evidence.toString(), "--today", "2021-06-20");
            assertEquals(0, e.code(), e.err());
            assertTrue(Files.size(evidence) > 1000, evidence.toString());
        }
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/score-sheet.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("自评打分表") && text.contains("方案对比：现状（甲）、冲刺（乙）"), text);
        }
        try (InputStream in = Files.newInputStream(dir.resolve("out/evidence-index.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("佐证材料目录", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
        Path one = dir.resolve("one.xlsx");
        CommandLineAppTest.Run single = run("", "--db", db, "export", "score-sheet", "--format", "xlsx", "--out", one.toString(),
                "--system", "puyang-2021", "--scenario", "现状");
        assertEquals(0, single.code(), single.err());
    }

    @Test
    void scoreSheetArgumentsAreChecked(@TempDir Path dir) {
        String db = exampleDb(dir);
        String out = dir.resolve("x.pdf").toString();
        CommandLineAppTest.Run noSystem = run("", "--db", db, "export", "score-sheet", "--format", "pdf", "--out", out);
        assertEquals(2, noSystem.code());
        assertTrue(noSystem.err().startsWith("自评打分表需要指定指标体系"), noSystem.err());
        CommandLineAppTest.Run systemForLedger = run("", "--db", db, "export", "ledger", "--format", "pdf", "--out", out,
                "--system", "puyang-2021");
        assertEquals(2, systemForLedger.code());
        assertTrue(systemForLedger.err().startsWith("报表 ledger 不使用 --system"), systemForLedger.err());
        CommandLineAppTest.Run three = run("", "--db", db, "export", "score-sheet", "--format", "pdf", "--out", out,
                "--system", "puyang-2021", "--scenario", "a", "--scenario", "b", "--scenario", "c");
        assertEquals(2, three.code());
        CommandLineAppTest.Run unknownSystem = run("", "--db", db, "export", "score-sheet", "--format", "pdf", "--out", out,
                "--system", "nowhere", "--scenario", "现状");
        assertEquals(1, unknownSystem.code());
        assertTrue(unknownSystem.err().startsWith("未找到指标体系“nowhere”"), unknownSystem.err());
        CommandLineAppTest.Run unknownScenario = run("", "--db", db, "export", "score-sheet", "--format", "pdf", "--out", out,
                "--system", "puyang-2021", "--scenario", "现状");
        assertEquals(1, unknownScenario.code());
        assertEquals("指标体系“puyang-2021”下没有名为“现状”的评分模拟方案。现有方案：（还没有方案）。请在“评分模拟”页查看或新建方案。",
                unknownScenario.err().strip());
        assertFalse(Files.exists(Path.of(out)));
    }

    @Test
    void theFiveReportNamesOfTheIssueAreKnown() {
        for (String name : new String[] {"ledger", "unit-checklist", "due", "score-sheet", "evidence-index"}) {
            assertEquals(name, ReportKind.fromCliName(name).orElseThrow().cliName());
        }
        assertEquals(ReportKind.UNIT_CHECKLIST, ReportKind.fromCliName("Unit_Checklist").orElseThrow());
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
