package com.creditdesk.logic.importer;

import com.creditdesk.model.importer.ClassifiedTable;
import com.creditdesk.model.importer.ColumnRole;
import com.creditdesk.model.importer.ImportedIndicator;
import com.creditdesk.model.importer.IndicatorKind;
import com.creditdesk.model.importer.MergedRange;
import com.creditdesk.model.importer.RowKind;
import com.creditdesk.model.importer.SourceRef;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One indicator per data row of an indicator table. The category comes from the 项目/指标性质
 * column (or 创建指标 when the table also has 评估内容), carried down over merges and empty
 * continuation cells, or from the last section row. Scores come from the 分值 column or from
 * markers such as （5分）, (3), (8) at the end of a name or the start of a rule.
 */
final class IndicatorBuilder {

    private static final Pattern TRAILING_POINTS = Pattern.compile("[（(]\\s*([0-9]+(?:\\.[0-9]+)?)\\s*分?\\s*[）)]\\s*$");
    private static final Pattern LEADING_POINTS = Pattern.compile("^\\s*(?:[0-9]+[.．、])?\\s*[（(]\\s*([0-9]+(?:\\.[0-9]+)?)\\s*分\\s*[）)]");
    private static final Pattern NUMBER = Pattern.compile("^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*分?\\s*$");

    List<ImportedIndicator> build(TableReading reading) {
        reading.reportDuplicates();
        ClassifiedTable table = reading.table();
        int categoryColumn = categoryColumn(table);
        int titleColumn = titleColumn(table, categoryColumn);
        int ruleColumn = ruleColumn(table, titleColumn);
        boolean vetoTable = table.headers().stream().anyMatch(HeaderVocabulary::namesVeto)
                || HeaderVocabulary.namesVeto(table.title());
        List<ImportedIndicator> indicators = new ArrayList<>();
        String category = null;
        for (int r = 0; r < table.cells().size(); r++) {
            if (table.kinds().get(r) == RowKind.SECT) {
                category = table.cells().get(r).get(0);
                continue;
            }
            if (!reading.isData(r)) {
                continue;
            }
            String ownCategory = reading.value(r, categoryColumn);
            if (ownCategory != null && !ownCategory.isBlank()) {
                category = ownCategory;
            }
            String title = reading.value(r, titleColumn);
            String rule = reading.value(r, ruleColumn);
            BigDecimal categoryPoints = points(category, TRAILING_POINTS);
            BigDecimal points = null;
            String pointsText = null;
            int pointsColumn = table.columnOf(ColumnRole.POINTS);
            String pointsCell = reading.value(r, pointsColumn);
            MergedRange pointsMerge = pointsColumn < 0 ? null : reading.mergeAt(r, pointsColumn);
            if (pointsCell != null && !pointsCell.isBlank()) {
                if (pointsMerge != null && pointsMerge.lastRow() > pointsMerge.firstRow()) {
                    categoryPoints = points(pointsCell, NUMBER);
                } else {
                    points = points(pointsCell, NUMBER);
                }
                pointsText = pointsCell;
            } else if (points(title, TRAILING_POINTS) != null && !sharedDown(reading, r, titleColumn)) {
                points = points(title, TRAILING_POINTS);
                pointsText = title;
            } else if (points(rule, LEADING_POINTS) != null) {
                points = points(rule, LEADING_POINTS);
                pointsText = rule;
            }
            String units = reading.joined(r, ColumnRole.RESPONSIBLE);
            indicators.add(new ImportedIndicator(kindOf(category, vetoTable), category, categoryPoints,
                    reading.value(r, ColumnRole.SEQ), title, points, pointsText, rule, evidence(reading.joined(r, ColumnRole.EVIDENCE)),
                    reading.joined(r, ColumnRole.NOTE), units, reading.units(r, units), new SourceRef(table.index(), r)));
        }
        return indicators;
    }

    /** A name merged down over several rows scores the group, not each row. */
    private static boolean sharedDown(TableReading reading, int row, int col) {
        MergedRange merge = col < 0 ? null : reading.mergeAt(row, col);
        return merge != null && merge.lastRow() > merge.firstRow();
    }

    private static int categoryColumn(ClassifiedTable table) {
        int category = table.columnOf(ColumnRole.CATEGORY);
        if (category < 0 && table.columnOf(ColumnRole.INDICATOR) >= 0) {
            category = table.columnOf(ColumnRole.TASK);
        }
        return category;
    }

    private static int titleColumn(ClassifiedTable table, int categoryColumn) {
        for (ColumnRole role : List.of(ColumnRole.INDICATOR, ColumnRole.TASK, ColumnRole.CONTENT)) {
            int c = table.columnOf(role);
            if (c >= 0 && c != categoryColumn) {
                return c;
            }
        }
        return -1;
    }

    /** 评分标准, or the second content column (开展内容 | 具体工作任务). */
    private static int ruleColumn(ClassifiedTable table, int titleColumn) {
        int rule = table.columnOf(ColumnRole.RULE);
        if (rule >= 0) {
            return rule;
        }
        for (int c = 0; c < table.roles().size(); c++) {
            if (table.roles().get(c) == ColumnRole.CONTENT && c != titleColumn) {
                return c;
            }
        }
        return -1;
    }

    private static IndicatorKind kindOf(String category, boolean vetoTable) {
        if (category != null && !category.isBlank()) {
            if (category.contains("附加")) {
                return IndicatorKind.BONUS;
            }
            if (HeaderVocabulary.namesVeto(category)) {
                return IndicatorKind.VETO;
            }
            if (category.contains("引导性") || category.contains("评分")) {
                return IndicatorKind.SCORED;
            }
        }
        return vetoTable ? IndicatorKind.VETO : IndicatorKind.SCORED;
    }

    static BigDecimal points(String text, Pattern pattern) {
        if (text == null) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }

    private static List<String> evidence(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
