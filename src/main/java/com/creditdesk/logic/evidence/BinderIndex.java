package com.creditdesk.logic.evidence;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The binder's index workbook 目录.xlsx: one row per file, in binder order. */
final class BinderIndex {

    static final List<String> HEADERS = List.of("序号", "指标", "材料要求", "文件", "提供单位", "证明日期", "页数", "大小（字节）", "SHA-256");

    void write(List<BinderExporter.Entry> entries, Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("目录");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            int r = 1;
            for (BinderExporter.Entry e : entries) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue(nullToEmpty(e.ownerPath()));
                row.createCell(2).setCellValue(nullToEmpty(e.requirement()));
                row.createCell(3).setCellValue(e.relativePath());
                row.createCell(4).setCellValue(nullToEmpty(e.unit()));
                row.createCell(5).setCellValue(e.effectiveDate() == null ? "" : e.effectiveDate().toString());
                if (e.pages() != null) {
                    row.createCell(6).setCellValue(e.pages());
                }
                row.createCell(7).setCellValue(e.sizeBytes());
                row.createCell(8).setCellValue(e.sha256());
                r++;
            }
            int[] widths = {6, 40, 40, 50, 18, 12, 6, 12, 66};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
