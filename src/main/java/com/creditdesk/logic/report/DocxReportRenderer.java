package com.creditdesk.logic.report;

import com.creditdesk.model.report.PageOrientation;
import com.creditdesk.model.report.Report;
import com.creditdesk.model.report.ReportColumn;
import com.creditdesk.model.report.ReportPart;
import com.creditdesk.model.report.ReportRow;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

/**
 * The report as a Word document: A4 with GB/T 9704-like margins, a real table whose header row
 * repeats on every page, the title centred, page numbers (PAGE field) in the footer. Each part
 * after the first starts on a new page.
 */
public final class DocxReportRenderer implements ReportRenderer {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String HEADER_FONT = "黑体";
    static final String BODY_FONT = "宋体";
    static final String TEXT_FONT = "仿宋_GB2312";
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    @Override
    public void render(Report report, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            boolean first = true;
            for (ReportPart part : report.parts()) {
                writePart(doc, report, part, first);
                first = false;
            }
            pageNumbers(doc);
            page(doc, report.orientation());
            doc.write(out);
        }
    }

    private void writePart(XWPFDocument doc, Report report, ReportPart part, boolean first) {
        XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER, report.title(), TITLE_FONT, 22, false);
        title.setPageBreak(!first);
        title.setSpacingAfter(120);
        paragraph(doc, ParagraphAlignment.CENTER, report.dateLine(), TEXT_FONT, 12, false).setSpacingAfter(200);
        if (part.heading() != null) {
            paragraph(doc, ParagraphAlignment.LEFT, part.heading(), HEADER_FONT, 12, false).setSpacingAfter(120);
        }
        table(doc, report, part);
        for (String line : part.closingLines()) {
            paragraph(doc, ParagraphAlignment.LEFT, line, TEXT_FONT, 14, false).setSpacingBefore(360);
        }
    }

    private void table(XWPFDocument doc, Report report, ReportPart part) {
        List<ReportColumn> columns = report.columns();
        int[] widths = columnTwips(report);
        XWPFTable table = doc.createTable(1, columns.size());
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTblPr tblPr = table.getCTTbl().getTblPr();
        CTTblLayoutType layout = tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        // Narrow cell margins (1 mm) so short columns like 序号 and 状态 do not wrap.
        CTTblCellMar cellMargins = tblPr.isSetTblCellMar() ? tblPr.getTblCellMar() : tblPr.addNewTblCellMar();
        cellMargins.addNewLeft().setW(BigInteger.valueOf(57));
        cellMargins.getLeft().setType(STTblWidth.DXA);
        cellMargins.addNewRight().setW(BigInteger.valueOf(57));
        cellMargins.getRight().setType(STTblWidth.DXA);
        table.setWidth(String.valueOf(java.util.Arrays.stream(widths).sum()));
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns.size(); c++) {
            fill(header.getCell(c), columns.get(c).header(), HEADER_FONT, ParagraphAlignment.CENTER, widths[c]);
            header.getCell(c).setColor("D9D9D9");
        }
        for (ReportRow row : part.rows()) {
            XWPFTableRow xrow = table.createRow();
            if (row instanceof ReportRow.Cells cells) {
                    for (int c = 0; c < columns.size(); c++) {
                        String value = c < cells.values().size() ? cells.values().get(c) : "";
                        ParagraphAlignment align = columns.get(c).align() == ReportColumn.Align.CENTER
                                ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
                        fill(xrow.getCell(c), value, BODY_FONT, align, widths[c]);
                    }
                } else if (row instanceof ReportRow.Span span) {
                    while (xrow.getTableCells().size() > 1) {
                        xrow.removeCell(xrow.getTableCells().size() - 1);
                    }
                    XWPFTableCell cell = xrow.getCell(0);
                    CTTcPr tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    tcPr.addNewGridSpan().setVal(BigInteger.valueOf(columns.size()));
                    boolean section = span.style() == ReportRow.SpanStyle.SECTION;
                    fill(cell, span.text(), section ? HEADER_FONT : BODY_FONT, ParagraphAlignment.LEFT,
                            java.util.Arrays.stream(widths).sum());
                    if (section) {
                        cell.setColor("F2F2F2");
                        // Word keeps a row whose paragraphs are "keep with next" on the page of the following row.
                        cell.getParagraphs().forEach(p -> p.setKeepNext(true));
                    }
                }
        }
    }

    private static void fill(XWPFTableCell cell, String text, String font, ParagraphAlignment align, int width) {
        cell.setWidth(String.valueOf(width));
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        CTTcPr tcPr = cell.getCTTc().getTcPr();
        tcPr.getTcW().setType(STTblWidth.DXA);
        if (tcPr.isSetVAlign()) {
            tcPr.getVAlign().setVal(STVerticalJc.CENTER);
        }
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(align);
        paragraph.setSpacingAfter(0);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = i == 0 ? paragraph : cell.addParagraph();
            p.setAlignment(align);
            p.setSpacingAfter(0);
            run(p, lines[i], font, 10, false);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, String text, String font,
                                           double points, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        run(p, text, font, points, bold);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, double points, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily(font);
        run.setFontSize(points);
        run.setBold(bold);
        return run;
    }

    /** "第 PAGE 页 共 NUMPAGES 页" centred in the footer, as fields so Word and WPS number the pages. */
    private static void pageNumbers(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "第 ", TEXT_FONT, 10.5, false);
        field(p, "PAGE");
        run(p, " 页 共 ", TEXT_FONT, 10.5, false);
        field(p, "NUMPAGES");
        run(p, " 页", TEXT_FONT, 10.5, false);
    }

    private static void field(XWPFParagraph p, String instruction) {
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        field.addNewR().addNewT().setStringValue("1");
    }

    /** A4; portrait margins 37/35/28/26 mm (top/bottom/left/right), turned by 90° in landscape. */
    private static void page(XWPFDocument doc, PageOrientation orientation) {
        CTSectPr sectPr = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sectPr.isSetPgSz() ? sectPr.getPgSz() : sectPr.addNewPgSz();
        CTPageMar margins = sectPr.isSetPgMar() ? sectPr.getPgMar() : sectPr.addNewPgMar();
        boolean landscape = orientation == PageOrientation.LANDSCAPE;
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        Margins m = Margins.of(orientation);
        margins.setTop(twips(m.top()));
        margins.setBottom(twips(m.bottom()));
        margins.setLeft(twips(m.left()));
        margins.setRight(twips(m.right()));
        margins.setHeader(twips(15));
        margins.setFooter(twips(Math.min(m.bottom() - 8, 20)));
    }

    static int[] columnTwips(Report report) {
        Margins m = Margins.of(report.orientation());
        double page = report.orientation() == PageOrientation.LANDSCAPE ? A4_LONG : A4_SHORT;
        double usable = page - (m.left() + m.right()) * TWIPS_PER_MM;
        double[] fractions = report.widthFractions();
        int[] widths = new int[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            widths[i] = (int) Math.floor(fractions[i] * usable);
        }
        return widths;
    }

    private static BigInteger twips(double mm) {
        return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
    }
}
