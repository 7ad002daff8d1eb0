package com.creditdesk.logic.importer;

import com.creditdesk.model.importer.MergedRange;
import com.creditdesk.model.importer.RawTable;
import com.creditdesk.model.importer.SourceDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Excel (.xlsx and .xls through POI's common interface): one table per non-empty sheet with its
 * merged regions. Numbers come out as written (1 not 1.0, 2.4 stays 2.4). Title rows stay in the
 * grid; {@link TableClassifier} tells them from the header.
 */
final class SpreadsheetReader {

    private final DataFormatter formatter = new DataFormatter();

    SourceDocument read(String fileName, Workbook workbook) {
        List<RawTable> tables = new ArrayList<>();
        for (Sheet sheet : workbook) {
            RawTable table = readSheet(sheet);
            if (table.rowCount() > 0) {
                tables.add(table);
            }
        }
        return new SourceDocument(fileName, List.of(), List.of(), tables);
    }

    private RawTable readSheet(Sheet sheet) {
        GridBuilder grid = new GridBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                grid.set(row.getRowNum(), cell.getColumnIndex(), text(cell));
            }
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            grid.merge(new MergedRange(region.getFirstRow(), region.getFirstColumn(),
                    region.getLastRow(), region.getLastColumn()));
        }
        return grid.build(List.of(sheet.getSheetName()));
    }

    private String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? formatter.formatCellValue(cell)
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
