package com.creditdesk.logic.importer;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.model.importer.ClassifiedTable;
import com.creditdesk.model.importer.ColumnRole;
import com.creditdesk.model.importer.ImportOptions;
import com.creditdesk.model.importer.ImportWarning;
import com.creditdesk.model.importer.MergedRange;
import com.creditdesk.model.importer.RawTable;
import com.creditdesk.model.importer.RowKind;
import com.creditdesk.model.importer.SourceRef;
import com.creditdesk.model.importer.TableKind;
import com.creditdesk.model.importer.WarningType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Understands a {@link RawTable}: finds the header row by its words (rows above it are the title),
 * tells repeated headers, section rows and data rows apart, names the role of each column and
 * guesses the kind of table.
 */
public final class TableClassifier {

    /** Headers sit near the top; a table whose first rows hold no header words has none. */
    private static final int HEADER_SEARCH_ROWS = 15;
    private static final Pattern SECTION_NUMBER = Pattern.compile("^[一二三四五六七八九十百]+[、．.]");
    private static final Pattern ATTACHMENT = Pattern.compile("^附件?\\s*[0-9０-９一二三四五六七八九十]*[:：]?$");

    public ClassifiedTable classify(int index, RawTable raw, ImportOptions options, List<ImportWarning> warnings) {
        int headerRow = findHeaderRow(raw, 0);
        if (headerRow < 0) {
            warnings.add(ImportWarning.of(WarningType.NO_HEADER_FOUND, new SourceRef(index, 0), index + 1));
            headerRow = 0;
        }
        List<String> titleLines = new ArrayList<>(raw.titleLines());
        for (int r = 0; r < headerRow; r++) {
            String text = firstText(raw.cells().get(r));
            if (!text.isEmpty()) {
                titleLines.add(text);
            }
        }
        List<List<String>> cells = new ArrayList<>(raw.cells().subList(headerRow, raw.rowCount()));
        List<MergedRange> merges = new ArrayList<>();
        for (MergedRange merge : raw.merges()) {
            if (merge.firstRow() >= headerRow) {
                merges.add(merge.shiftRows(-headerRow));
            }
        }
        List<RowKind> kinds = rowKinds(cells, merges);
        List<String> headers = headerTexts(cells, kinds, merges);
        Map<Integer, ColumnRole> chosen = options.columnRolesFor(index);
        List<ColumnRole> roles = rolesOf(index, headers, chosen);
        reportColumns(index, cells, kinds, headers, roles, chosen, warnings);
        reportMergesAcrossSections(index, merges, kinds, warnings);
        TableKind kind = options.kindFor(index, guessKind(roles, headers));
        return new ClassifiedTable(index, titleOf(titleLines), titleLines, kind, cells, merges, kinds, roles,
                headers, headerRow);
    }

    /** The role each header names, except where the coordinator chose one; a chosen column must exist. */
    private static List<ColumnRole> rolesOf(int index, List<String> headers, Map<Integer, ColumnRole> chosen) {
        for (int column : chosen.keySet()) {
            if (column < 0 || column >= headers.size()) {
                throw new UserFacingException("error.import.noSuchColumn", index + 1, column + 1, headers.size());
            }
        }
        List<ColumnRole> roles = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            ColumnRole role = chosen.get(c);
            roles.add(role != null ? role : HeaderVocabulary.roleOf(headers.get(c)));
        }
        return roles;
    }

    private static int findHeaderRow(RawTable raw, int from) {
        for (int r = from; r < Math.min(raw.rowCount(), from + HEADER_SEARCH_ROWS); r++) {
            if (isHeaderLike(raw.cells().get(r))) {
                return r;
            }
        }
        return -1;
    }

    static boolean isHeaderLike(List<String> row) {
        int texts = 0;
        int known = 0;
        for (String cell : row) {
            if (cell == null || cell.isBlank()) {
                continue;
            }
            texts++;
            if (HeaderVocabulary.roleOf(cell) != ColumnRole.UNKNOWN) {
                known++;
            }
        }
        return known >= 2 && known * 2 >= texts;
    }

    private static List<RowKind> rowKinds(List<List<String>> cells, List<MergedRange> merges) {
        List<RowKind> kinds = new ArrayList<>();
        List<String> header = normalised(cells.get(0));
        for (int r = 0; r < cells.size(); r++) {
            List<String> row = cells.get(r);
            if (r == 0) {
                kinds.add(RowKind.HEAD);
            } else if (kinds.get(r - 1) == RowKind.HEAD && r == 1 && isHeaderLike(row) && !isSection(r, row, merges)) {
                kinds.add(RowKind.HEAD);
            } else if (normalised(row).equals(header)) {
                kinds.add(RowKind.REPHEAD);
            } else if (isSection(r, row, merges)) {
                kinds.add(RowKind.SECT);
            } else {
                kinds.add(RowKind.DATA);
            }
        }
        return kinds;
    }

    /** A row whose only text spans the whole width (merged), or stands alone in the first column as 一、…. */
    private static boolean isSection(int r, List<String> row, List<MergedRange> merges) {
        int width = row.size();
        if (width < 2) {
            return false;
        }
        boolean spans = merges.stream().anyMatch(m -> m.firstRow() == r && m.lastRow() == r
                && m.firstCol() == 0 && m.lastCol() == width - 1);
        if (spans) {
            return true;
        }
        String first = row.get(0) == null ? "" : row.get(0).strip();
        boolean restEmpty = row.subList(1, width).stream().allMatch(c -> c == null || c.isBlank());
        return restEmpty && SECTION_NUMBER.matcher(first).find();
    }

    private static List<String> normalised(List<String> row) {
        return row.stream().map(HeaderVocabulary::normalise).toList();
    }

    /** Column headers; with a two-row header the lower, more specific text wins where it names a role. */
    private static List<String> headerTexts(List<List<String>> cells, List<RowKind> kinds, List<MergedRange> merges) {
        List<String> headers = new ArrayList<>();
        int width = cells.get(0).size();
        for (int c = 0; c < width; c++) {
            String text = textAt(cells, merges, 0, c);
            if (kinds.size() > 1 && kinds.get(1) == RowKind.HEAD) {
                String lower = textAt(cells, merges, 1, c);
                if (HeaderVocabulary.roleOf(lower) != ColumnRole.UNKNOWN || text.isBlank()) {
                    text = lower;
                }
            }
            headers.add(HeaderVocabulary.normalise(text));
        }
        return headers;
    }

    /** The text shown at a grid position: a covered cell shows its merge's text. */
    static String textAt(List<List<String>> cells, List<MergedRange> merges, int row, int col) {
        String text = cells.get(row).get(col);
        if (text != null) {
            return text;
        }
        for (MergedRange m : merges) {
            if (m.contains(row, col)) {
                String top = cells.get(m.firstRow()).get(m.firstCol());
                return top == null ? "" : top;
            }
        }
        return "";
    }

    private static void reportColumns(int index, List<List<String>> cells, List<RowKind> kinds, List<String> headers,
                                      List<ColumnRole> roles, Map<Integer, ColumnRole> chosen,
                                      List<ImportWarning> warnings) {
        for (int c = 0; c < headers.size(); c++) {
            // A column the coordinator set to 不导入 is left out on purpose: no warning.
            if (roles.get(c) == ColumnRole.UNKNOWN && !headers.get(c).isEmpty() && !chosen.containsKey(c)) {
                warnings.add(ImportWarning.of(WarningType.UNKNOWN_HEADER, new SourceRef(index, 0), headers.get(c), c + 1));
            }
            boolean empty = true;
            boolean anyData = false;
            for (int r = 0; r < cells.size(); r++) {
                if (kinds.get(r) == RowKind.DATA) {
                    anyData = true;
                    String text = cells.get(r).get(c);
                    empty &= text == null || text.isBlank();
                }
            }
            if (anyData && empty) {
                warnings.add(ImportWarning.of(WarningType.EMPTY_COLUMN_IGNORED, new SourceRef(index, 0), headers.get(c), c + 1));
            }
        }
    }

    private static void reportMergesAcrossSections(int index, List<MergedRange> merges, List<RowKind> kinds,
                                                   List<ImportWarning> warnings) {
        for (MergedRange m : merges) {
            for (int r = m.firstRow() + 1; r <= m.lastRow(); r++) {
                if (kinds.get(r) == RowKind.SECT || kinds.get(m.firstRow()) == RowKind.SECT) {
                    warnings.add(ImportWarning.of(WarningType.MERGE_CROSSES_SECTION, new SourceRef(index, m.firstRow()),
                            m.firstRow() + 1, m.lastRow() + 1));
                    break;
                }
            }
        }
    }

    static TableKind guessKind(List<ColumnRole> roles, List<String> headers) {
        int firstColumn = roles.isEmpty() ? -1 : (roles.get(0) == ColumnRole.SEQ && roles.size() > 1 ? 1 : 0);
        if (firstColumn >= 0 && roles.get(firstColumn) == ColumnRole.RESPONSIBLE && roles.contains(ColumnRole.TASK)) {
            return TableKind.UNIT_DUTY_LIST;
        }
        boolean indicatorWords = headers.stream().anyMatch(h -> HeaderVocabulary.roleOf(h) == ColumnRole.TASK && h.contains("指标"));
        if (indicatorWords || roles.contains(ColumnRole.POINTS) || roles.contains(ColumnRole.RULE)
                || roles.contains(ColumnRole.INDICATOR) || roles.contains(ColumnRole.CATEGORY)) {
            return TableKind.INDICATOR_TABLE;
        }
        return TableKind.TASK_LEDGER;
    }

    private static String titleOf(List<String> lines) {
        String best = "";
        for (String line : lines) {
            boolean marker = ATTACHMENT.matcher(line).matches() || line.startsWith("（") || line.startsWith("(")
                    || line.startsWith("附：");
            if (!marker && line.length() >= best.length()) {
                best = line;
            }
        }
        return best;
    }

    private static String firstText(List<String> row) {
        for (String cell : row) {
            if (cell != null && !cell.isBlank()) {
                return cell.strip();
            }
        }
        return "";
    }
}
