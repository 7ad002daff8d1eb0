package com.creditdesk.logic.importer;

import com.creditdesk.model.importer.MergedRange;
import com.creditdesk.model.importer.RawTable;
import com.creditdesk.model.importer.SourceDocument;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Word 2007+ (.docx): body paragraphs in order and every table, gridSpan and vMerge resolved. */
final class DocxReader {

    /** Paragraphs just above a table that are short enough to be its 附件 line or title. */
    private static final int MAX_TITLE_LENGTH = 80;
    private static final int MAX_TITLE_LINES = 3;

    /** The caller owns and closes the document's package. */
    SourceDocument read(String fileName, XWPFDocument document) {
        List<String> body = new ArrayList<>();
        List<RawTable> tables = new ArrayList<>();
        List<String> sinceLastTable = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                String text = paragraph.getText().strip();
                if (!text.isEmpty()) {
                    body.add(text);
                    sinceLastTable.add(text);
                }
            } else if (element instanceof XWPFTable table) {
                tables.add(readTable(table, titleAbove(sinceLastTable)));
                sinceLastTable.clear();
            }
        }
        return new SourceDocument(fileName, TitleLines.leading(body), body, tables);
    }

    static List<String> titleAbove(List<String> paragraphs) {
        List<String> title = new ArrayList<>();
        for (int i = paragraphs.size() - 1; i >= 0 && title.size() < MAX_TITLE_LINES; i--) {
            String text = paragraphs.get(i);
            if (text.length() > MAX_TITLE_LENGTH) {
                break;
            }
            title.add(0, text);
        }
        return title;
    }

    private RawTable readTable(XWPFTable table, List<String> titleLines) {
        GridBuilder grid = new GridBuilder();
        // grid column -> the merge still open there: {firstRow, firstCol, span}
        Map<Integer, int[]> open = new HashMap<>();
        List<int[]> vertical = new ArrayList<>();
        int r = 0;
        for (XWPFTableRow row : table.getRows()) {
            int col = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.getGridSpan() != null && pr.getGridSpan().getVal() != null
                        ? Math.max(1, pr.getGridSpan().getVal().intValue()) : 1;
                CTVMerge vMerge = pr != null ? pr.getVMerge() : null;
                boolean continues = vMerge != null && (vMerge.getVal() == null || vMerge.getVal() == STMerge.CONTINUE);
                int[] above = open.get(col);
                if (continues && above != null) {
                    above[3] = r;
                    grid.set(r, col, null);
                } else {
                    grid.set(r, col, cellText(cell));
                    int[] merge = {r, col, span, r};
                    open.put(col, merge);
                    vertical.add(merge);
                }
                for (int c = col + 1; c < col + span; c++) {
                    grid.set(r, c, null);
                    open.remove(c);
                }
                col += span;
            }
            r++;
        }
        for (int[] m : vertical) {
            grid.merge(new MergedRange(m[0], m[1], m[3], m[1] + m[2] - 1));
        }
        return grid.build(titleLines);
    }

    private static String cellText(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            lines.add(paragraph.getText().strip());
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines);
    }
}
