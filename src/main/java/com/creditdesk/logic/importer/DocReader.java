package com.creditdesk.logic.importer;

import com.creditdesk.model.importer.MergedRange;
import com.creditdesk.model.importer.RawTable;
import com.creditdesk.model.importer.SourceDocument;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word 97 (.doc) through POI's HWPF: body paragraphs and tables with vertical merges. Horizontal
 * merges are not recorded by Word 97 as spans, so a merged row keeps fewer cells.
 */
final class DocReader {

    SourceDocument read(String fileName, InputStream in) throws IOException {
        try (HWPFDocument document = new HWPFDocument(in)) {
            Range range = document.getRange();
            List<String> body = new ArrayList<>();
            List<String> sinceLastTable = new ArrayList<>();
            List<RawTable> tables = new ArrayList<>();
            int i = 0;
            while (i < range.numParagraphs()) {
                Paragraph paragraph = range.getParagraph(i);
                if (paragraph.isInTable()) {
                    Table table = range.getTable(paragraph);
                    tables.add(readTable(table, DocxReader.titleAbove(sinceLastTable)));
                    sinceLastTable.clear();
                    i += table.numParagraphs();
                    continue;
                }
                String text = clean(paragraph.text());
                if (!text.isEmpty()) {
                    body.add(text);
                    sinceLastTable.add(text);
                }
                i++;
            }
            return new SourceDocument(fileName, TitleLines.leading(body), body, tables);
        }
    }

    private RawTable readTable(Table table, List<String> titleLines) {
        GridBuilder grid = new GridBuilder();
        Map<Integer, int[]> open = new HashMap<>();
        List<int[]> merges = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged() && open.containsKey(c)) {
                    open.get(c)[2] = r;
                    grid.set(r, c, null);
                } else {
                    grid.set(r, c, cellText(cell));
                    int[] merge = {r, c, r};
                    open.put(c, merge);
                    merges.add(merge);
                }
            }
        }
        for (int[] m : merges) {
            grid.merge(new MergedRange(m[0], m[1], m[2], m[1]));
        }
        return grid.build(titleLines);
    }

    private static String cellText(TableCell cell) {
        List<String> lines = new ArrayList<>();
        for (int p = 0; p < cell.numParagraphs(); p++) {
            lines.add(clean(cell.getParagraph(p).text()));
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines);
    }

    /** Word 97 ends paragraphs with \r and cells with \u0007. */
    private static String clean(String text) {
        return text.replace("\u0007", "").replace('\r', ' ').replace('\u000b', ' ').strip();
    }
}
