package com.creditdesk.logic.report;

import com.creditdesk.model.report.PageOrientation;
import com.creditdesk.model.report.Report;
import com.creditdesk.model.report.ReportColumn;
import com.creditdesk.model.report.ReportPart;
import com.creditdesk.model.report.ReportRow;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The report as an Excel workbook ready to print: A4, fit to the page width, the header row
 * repeated on every page, page numbers in the footer. Several parts become several sheets.
 */
public final class XlsxReportRenderer implements ReportRenderer {

    static final String TITLE_FONT = "黑体";
    static final String BODY_FONT = "宋体";
    static final String TEXT_FONT = "仿宋_GB2312";
    /** Table width in Excel character units that prints well on A4 at about 100%. */
    private static final double LANDSCAPE_WIDTH = 150;
    private static final double PORTRAIT_WIDTH = 100;
    private static final float BODY_POINTS = 10.5f;
    private static final float LINE_HEIGHT = 14.5f;
    /** Excel's codes: &P the page, &N the number of pages. */
    static final String FOOTER = "第 &P 页 共 &N 页";

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            int index = 1;
            for (ReportPart part : report.parts()) {
                String name = sheetName(report.parts().size() == 1 ? report.title() : part.nameOr(report.title()), index++, names);
                writePart(workbook.createSheet(name), report, part, styles);
            }
            workbook.write(out);
        }
    }

    private void writePart(Sheet sheet, Report report, ReportPart part, Styles styles) {
        List<ReportColumn> columns = report.columns();
        int last = columns.size() - 1;
        double[] widths = columnWidths(report);
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (int) Math.round(widths[c] * 256));
        }
        int r = 0;
        spanning(sheet, r++, last, report.title(), styles.title, 32);
        spanning(sheet, r++, last, report.dateLine(), styles.dateLine, 20);
        if (part.heading() != null) {
            spanning(sheet, r++, last, part.heading(), styles.heading, 22);
        }
        int headerRow = r;
        Row header = sheet.createRow(r++);
        int headerLines = 1;
        for (int c = 0; c <= last; c++) {
            cell(header, c, columns.get(c).header(), styles.header);
            headerLines = Math.max(headerLines, TextWidth.lines(columns.get(c).header(), widths[c] - 1));
        }
        header.setHeightInPoints(headerLines * LINE_HEIGHT + 8);
        for (ReportRow row : part.rows()) {
            Row xrow = sheet.createRow(r);
            if (row instanceof ReportRow.Cells cells) {
                    int lines = 1;
                    for (int c = 0; c <= last; c++) {
                        String value = c < cells.values().size() ? cells.values().get(c) : "";
                        boolean center = columns.get(c).align() == ReportColumn.Align.CENTER;
                        cell(xrow, c, value, center ? styles.center : styles.left);
                        lines = Math.max(lines, TextWidth.lines(value, widths[c] - 1));
                    }
                    xrow.setHeightInPoints(lines * LINE_HEIGHT + 6);
                } else if (row instanceof ReportRow.Span span) {
                    CellStyle style = span.style() == ReportRow.SpanStyle.SECTION ? styles.section : styles.note;
                    for (int c = 0; c <= last; c++) {
                        cell(xrow, c, c == 0 ? span.text() : "", style);
                    }
                    if (last > 0) {
                        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
                    }
                    double total = java.util.Arrays.stream(widths).sum();
                    xrow.setHeightInPoints(TextWidth.lines(span.text(), total - 2) * LINE_HEIGHT + 6);
                }
            r++;
        }
        r++;
        for (String line : part.closingLines()) {
            spanning(sheet, r++, last, line, styles.dateLine, 24);
        }
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, last));
        sheet.createFreezePane(0, headerRow + 1);
        printSetup(sheet, report.orientation());
    }

    private static void printSetup(Sheet sheet, PageOrientation orientation) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(orientation == PageOrientation.LANDSCAPE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.7);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.FooterMargin, 0.3);
        sheet.getFooter().setCenter(FOOTER);
    }

    static double[] columnWidths(Report report) {
        double total = report.orientation() == PageOrientation.LANDSCAPE ? LANDSCAPE_WIDTH : PORTRAIT_WIDTH;
        double[] fractions = report.widthFractions();
        double[] widths = new double[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            widths[i] = Math.max(4, fractions[i] * total);
        }
        return widths;
    }

    private static void spanning(Sheet sheet, int r, int last, String text, CellStyle style, float height) {
        Row row = sheet.createRow(r);
        row.setHeightInPoints(height);
        cell(row, 0, text, style);
        if (last > 0) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
        }
    }

    private static void cell(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** Sheet names: at most 31 characters, none of []:*?/\ , unique. */
    static String sheetName(String wanted, int index, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(wanted.replaceAll("[\\[\\]:*?/\\\\]", " "));
        String name = base;
        while (!used.add(name.toLowerCase())) {
            String suffix = "(" + index++ + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle dateLine;
        final CellStyle heading;
        final CellStyle header;
        final CellStyle left;
        final CellStyle center;
        final CellStyle section;
        final CellStyle note;

        Styles(XSSFWorkbook wb) {
            title = wb.createCellStyle();
            title.setFont(font(wb, TITLE_FONT, 18, false));
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            dateLine = wb.createCellStyle();
            dateLine.setFont(font(wb, TEXT_FONT, 12, false));
            dateLine.setAlignment(HorizontalAlignment.CENTER);
            dateLine.setVerticalAlignment(VerticalAlignment.CENTER);
            heading = wb.createCellStyle();
            heading.setFont(font(wb, TITLE_FONT, 12, false));
            heading.setVerticalAlignment(VerticalAlignment.CENTER);
            Font body = font(wb, BODY_FONT, BODY_POINTS, false);
            header = bordered(wb, font(wb, TITLE_FONT, BODY_POINTS, false), HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            left = bordered(wb, body, HorizontalAlignment.LEFT);
            center = bordered(wb, body, HorizontalAlignment.CENTER);
            section = bordered(wb, font(wb, BODY_FONT, BODY_POINTS, true), HorizontalAlignment.LEFT);
            section.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            section.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            note = bordered(wb, body, HorizontalAlignment.LEFT);
        }

        private static CellStyle bordered(XSSFWorkbook wb, Font font, HorizontalAlignment alignment) {
            CellStyle style = wb.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(true);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }

        private static Font font(XSSFWorkbook wb, String name, float points, boolean bold) {
            Font font = wb.createFont();
            font.setFontName(name);
            font.setFontHeight((short) Math.round(points * 20));
            font.setBold(bold);
            return font;
        }
    }
}
