package com.creditdesk.bench;

import com.creditdesk.logic.importer.NoticeImporter;
import com.creditdesk.model.importer.ImportOptions;
import com.creditdesk.model.importer.ImportPreview;
import com.creditdesk.model.importer.ImportedNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reading and understanding a 2,000-row ledger, .xlsx and .docx; soffice's CSV conversion for scale. */
@Tag("benchmark")
class ImportBench {

    private static final int ROWS = 2000;
    private static final int RUNS = 7;
    private static final String[] HEADER = {"序号", "推进举措", "具体内容", "成果形式", "责任单位", "完成时限"};
    private static final Path DIR = Path.of("target", "bench");

    @BeforeAll
    static void generate() throws IOException {
        Files.createDirectories(DIR);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(DIR.resolve("ledger-2000.xlsx"))) {
            Sheet sheet = workbook.createSheet("台账");
            sheet.createRow(0).createCell(0).setCellValue("工作台账");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
            Row header = sheet.createRow(1);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            for (int r = 0; r < ROWS; r++) {
                Row row = sheet.createRow(r + 2);
                String[] cells = rowTexts(r);
                row.createCell(0).setCellValue(r + 1);
                for (int c = 1; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            workbook.write(out);
        }
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(DIR.resolve("ledger-2000.docx"))) {
            document.createParagraph().createRun().setText("工作台账");
            XWPFTable table = document.createTable(ROWS + 1, HEADER.length);
            fill(table.getRow(0), HEADER);
            for (int r = 0; r < ROWS; r++) {
                fill(table.getRow(r + 1), rowTexts(r));
            }
            document.write(out);
        }
    }

    private static String[] rowTexts(int r) {
        return new String[] {String.valueOf(r + 1), "推进举措第" + (r + 1) + "项", "完善信用信息归集、共享、奖惩、应用等功能，集中力量把平台建好、管好、用好。",
                "建成信用信息集散中心", "市发展改革委、市市场监管局，各县（市、区）人民政府", (r % 12 + 1) + "月底前"};
    }

    private static void fill(XWPFTableRow row, String[] texts) {
        for (int c = 0; c < texts.length; c++) {
            row.getCell(c).setText(texts[c]);
        }
    }

    private static double medianMillis(Supplier<ImportPreview> work) {
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            ImportPreview preview = work.get();
            times[i] = (System.nanoTime() - start) / 1e6;
            assertEquals(ROWS, preview.tasks().stream().filter(n -> n.kind() == com.creditdesk.model.ledger.NodeKind.TASK).count());
            assertEquals(List.of("市发展改革委", "市市场监管局", "各县（市、区）人民政府"), first(preview).units().units());
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    private static ImportedNode first(ImportPreview preview) {
        return preview.tasks().get(0);
    }

    @Test
    void readAndUnderstand() {
        for (String name : List.of("ledger-2000.xlsx", "ledger-2000.docx")) {
            Path file = DIR.resolve(name);
            double median = medianMillis(() -> new NoticeImporter().preview(file, ImportOptions.defaults()));
            System.out.printf("ImportBench %s (%d rows): median of %d runs %.1f ms%n", name, ROWS, RUNS, median);
        }
    }

    @Test
    void sofficeCsvConversionForComparison() throws Exception {
        String soffice = findOnPath("soffice");
        if (soffice == null) {
            System.out.println("ImportBench soffice: not installed, skipped");
            return;
        }
        double[] times = new double[RUNS];
        Path out = Files.createDirectories(DIR.resolve("csv"));
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(soffice, "--headless", "--convert-to", "csv", "--outdir", out.toString(),
                    DIR.resolve("ledger-2000.xlsx").toString()).redirectErrorStream(true).redirectOutput(
                    ProcessBuilder.Redirect.DISCARD).start();
            process.waitFor(120, TimeUnit.SECONDS);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf("ImportBench soffice --convert-to csv (%d rows): median of %d runs %.1f ms%n", ROWS, RUNS, times[RUNS / 2]);
    }

    private static String findOnPath(String command) {
        List<String> dirs = new ArrayList<>(Arrays.asList(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        for (String dir : dirs) {
            File candidate = new File(dir, command);
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        return null;
    }
}
