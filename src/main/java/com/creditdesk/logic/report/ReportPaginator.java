package com.creditdesk.logic.report;

import com.creditdesk.model.report.PageOrientation;
import com.creditdesk.model.report.Report;
import com.creditdesk.model.report.ReportColumn;
import com.creditdesk.model.report.ReportPart;
import com.creditdesk.model.report.ReportRow;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a report out on A4 pages: title and date line at the top of each part, the table with its
 * header row repeated on every page, rows kept whole when they fit on a page and split line by
 * line when taller than a page, and "第 X 页 共 Y 页" at the bottom once the page count is known.
 */
public final class ReportPaginator {

    public static final double A4_SHORT = 595.28;
    public static final double A4_LONG = 841.89;
    private static final double MM = 72 / 25.4;
    static final double TITLE_SIZE = 18;
    static final double TEXT_SIZE = 11;
    static final double BODY_SIZE = 9.5;
    private static final double LINE = 1.4;
    private static final double PAD = 3;

    private final TextWrapper wrapper;
    private final TextWrapper.Measure measure;
    private final String pageNumberPattern;
    private final List<PageLayout> pages = new ArrayList<>();
    private PageLayout page;
    private double y;
    private double pageWidth;
    private double pageHeight;
    private Margins margins;
    private double[] columnX;
    private double[] columnW;

    /** @param pageNumberPattern e.g. "第 {0} 页 共 {1} 页" */
    public ReportPaginator(TextWrapper.Measure measure, String pageNumberPattern) {
        this.measure = measure;
        this.wrapper = new TextWrapper(measure);
        this.pageNumberPattern = pageNumberPattern;
    }

    public List<PageLayout> layout(Report report) {
        boolean landscape = report.orientation() == PageOrientation.LANDSCAPE;
        pageWidth = landscape ? A4_LONG : A4_SHORT;
        pageHeight = landscape ? A4_SHORT : A4_LONG;
        margins = Margins.of(report.orientation());
        double tableWidth = pageWidth - (margins.left() + margins.right()) * MM;
        double[] fractions = report.widthFractions();
        columnX = new double[fractions.length];
        columnW = new double[fractions.length];
        double x = margins.left() * MM;
        for (int i = 0; i < fractions.length; i++) {
            columnX[i] = x;
            columnW[i] = fractions[i] * tableWidth;
            x += columnW[i];
        }
        for (ReportPart part : report.parts()) {
            layoutPart(report, part, tableWidth);
        }
        for (int i = 0; i < pages.size(); i++) {
            String number = java.text.MessageFormat.format(pageNumberPattern, i + 1, pages.size());
            PageLayout p = pages.get(i);
            double w = measure.width(number, BODY_SIZE);
            p.add(new PageLayout.Text((pageWidth - w) / 2, pageHeight - margins.bottom() * MM / 2, BODY_SIZE, false, number));
        }
        return List.copyOf(pages);
    }

    private void layoutPart(Report report, ReportPart part, double tableWidth) {
        newPage();
        centred(report.title(), TITLE_SIZE, true, tableWidth);
        y += 4;
        centred(report.dateLine(), TEXT_SIZE, false, tableWidth);
        y += 8;
        if (part.heading() != null) {
            for (String line : wrapper.wrap(part.heading(), TEXT_SIZE, tableWidth)) {
                y += TEXT_SIZE * LINE;
                page.add(new PageLayout.Text(columnX[0], y - TEXT_SIZE * 0.3, TEXT_SIZE, true, line));
            }
            y += 6;
        }
        List<ReportColumn> columns = report.columns();
        List<List<String>> header = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            header.add(wrapper.wrap(columns.get(c).header(), BODY_SIZE, columnW[c] - 2 * PAD));
        }
        headerRow(header, columns);
        List<ReportRow> rows = part.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (i + 1 < rows.size() && rows.get(i) instanceof ReportRow.Span s && s.style() == ReportRow.SpanStyle.SECTION) {
                keepWithNext(s, rows.get(i + 1), columns, header, tableWidth);
            }
            row(rows.get(i), columns, header, tableWidth);
        }
        for (String closing : part.closingLines()) {
            List<String> lines = wrapper.wrap(closing, TEXT_SIZE + 1, tableWidth);
            if (y + 20 + lines.size() * (TEXT_SIZE + 1) * LINE > bottom()) {
                newPage();
            }
            y += 20;
            for (String line : lines) {
                y += (TEXT_SIZE + 1) * LINE;
                page.add(new PageLayout.Text(columnX[0], y - TEXT_SIZE * 0.3, TEXT_SIZE + 1, false, line));
            }
        }
    }

    /** A section heading is not left alone at the foot of a page: it moves on with the start of its first row. */
    private void keepWithNext(ReportRow.Span section, ReportRow next, List<ReportColumn> columns,
                              List<List<String>> header, double tableWidth) {
        double lineHeight = BODY_SIZE * LINE;
        int sectionLines = wrapped(section, columns, tableWidth).get(0).size();
        int nextLines = Math.min(3, wrapped(next, columns, tableWidth).stream().mapToInt(List::size).max().orElse(1));
        double needed = sectionLines * lineHeight + nextLines * lineHeight + 4 * PAD;
        if (y + needed > bottom() && y > top() + rowHeight(header) + 0.01) {
            newPage();
            headerRow(header, columns);
        }
    }

    private List<List<String>> wrapped(ReportRow row, List<ReportColumn> columns, double tableWidth) {
        List<List<String>> cells = new ArrayList<>();
        if (row instanceof ReportRow.Span s) {
            cells.add(wrapper.wrap(s.text(), BODY_SIZE, tableWidth - 2 * PAD));
        } else if (row instanceof ReportRow.Cells c) {
            for (int i = 0; i < columns.size(); i++) {
                String value = i < c.values().size() ? c.values().get(i) : "";
                cells.add(wrapper.wrap(value, BODY_SIZE, columnW[i] - 2 * PAD));
            }
        }
        return cells;
    }

    private void row(ReportRow row, List<ReportColumn> columns, List<List<String>> header, double tableWidth) {
        List<List<String>> cells = wrapped(row, columns, tableWidth);
        boolean span = row instanceof ReportRow.Span;
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        double lineHeight = BODY_SIZE * LINE;
        double freshSpace = bottom() - (top() + rowHeight(header));
        int from = 0;
        while (from < lines) {
            double space = bottom() - y;
            int fit = (int) Math.floor((space - 2 * PAD) / lineHeight);
            if (y <= top() + rowHeight(header) + 0.01) {
                fit = Math.max(1, fit);
            }
            int remaining = lines - from;
            boolean fitsFresh = remaining * lineHeight + 2 * PAD <= freshSpace;
            // A tall row continues on the next page rather than leave half a page blank, as in Word.
            boolean worthSplitting = fit >= 3 && remaining * lineHeight > freshSpace / 4;
            if (fit < remaining && ((fitsFresh && !worthSplitting) || fit < 1)) {
                newPage();
                headerRow(header, columns);
                continue;
            }
            int count = Math.min(fit, remaining);
            drawRow(cells, span, from, count, columns,
                    span && ((ReportRow.Span) row).style() == ReportRow.SpanStyle.SECTION, tableWidth);
            from += count;
        }
    }

    private void drawRow(List<List<String>> cells, boolean span, int from, int count, List<ReportColumn> columns,
                         boolean shaded, double tableWidth) {
        double height = count * BODY_SIZE * LINE + 2 * PAD;
        if (span) {
            page.add(new PageLayout.Box(columnX[0], y, tableWidth, height, shaded));
            cellText(cells.get(0), from, count, columnX[0], tableWidth, false, shaded);
        } else {
            for (int c = 0; c < columns.size(); c++) {
                page.add(new PageLayout.Box(columnX[c], y, columnW[c], height, false));
                cellText(cells.get(c), from, count, columnX[c], columnW[c],
                        columns.get(c).align() == ReportColumn.Align.CENTER, false);
            }
        }
        y += height;
    }

    private void headerRow(List<List<String>> header, List<ReportColumn> columns) {
        int lines = header.stream().mapToInt(List::size).max().orElse(1);
        double height = rowHeight(header);
        for (int c = 0; c < columns.size(); c++) {
            page.add(new PageLayout.Box(columnX[c], y, columnW[c], height, true));
            double offset = (lines - header.get(c).size()) * BODY_SIZE * LINE / 2;
            y += offset;
            cellText(header.get(c), 0, header.get(c).size(), columnX[c], columnW[c], true, true);
            y -= offset;
        }
        y += height;
    }

    private static double rowHeight(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * BODY_SIZE * LINE + 2 * PAD;
    }

    private void cellText(List<String> lines, int from, int count, double x, double width, boolean center, boolean bold) {
        double baseline = y + PAD;
        for (int i = from; i < Math.min(lines.size(), from + count); i++) {
            baseline += BODY_SIZE * LINE;
            String line = lines.get(i);
            double tx = center ? x + (width - measure.width(line, BODY_SIZE)) / 2 : x + PAD;
            page.add(new PageLayout.Text(tx, baseline - BODY_SIZE * 0.35, BODY_SIZE, bold, line));
        }
    }

    private void centred(String text, double size, boolean bold, double tableWidth) {
        for (String line : wrapper.wrap(text, size, tableWidth)) {
            y += size * LINE;
            double w = measure.width(line, size);
            page.add(new PageLayout.Text(columnX[0] + (tableWidth - w) / 2, y - size * 0.3, size, bold, line));
        }
    }

    private void newPage() {
        page = new PageLayout(pageWidth, pageHeight);
        pages.add(page);
        y = top();
    }

    private double top() {
        return margins.top() * MM;
    }

    private double bottom() {
        return pageHeight - margins.bottom() * MM;
    }
}
