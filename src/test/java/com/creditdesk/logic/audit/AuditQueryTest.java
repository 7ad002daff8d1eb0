package com.creditdesk.logic.audit;

import org.junit.jupiter.api.Tag;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.testutil.TestDatabases;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static com.creditdesk.logic.db.generated.Tables.AUDIT_LOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("db")
class AuditQueryTest {

    private Database db;
    private AuditQuery query;

    @BeforeEach
    void setUp() {
        db = TestDatabases.fresh();
        AuditLog log = new AuditLog(db.dsl());
        for (int i = 0; i < 25; i++) {
            log.record(i % 2 == 0 ? "张三" : "李四", i % 5 == 0 ? AuditAction.INSERT : AuditAction.UPDATE,
                    i % 3 == 0 ? "unit" : "task", (long) i, "status", "NOT_STARTED", i == 7 ? "信用承诺已公示" : "DONE", null);
        }
        // Back-date some entries to test the date range.
        db.dsl().update(AUDIT_LOG).set(AUDIT_LOG.AT, LocalDateTime.of(2021, 3, 1, 9, 0)).where(AUDIT_LOG.ENTITY_ID.lt(5L)).execute();
        query = new AuditQuery(db.dsl());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void filtersCombineAndPagesAreNewestFirst() {
        assertEquals(25, query.count(AuditFilter.ANY));
        assertEquals(13, query.count(new AuditFilter(null, null, "张三", null, null, null)));
        assertEquals(9, query.count(new AuditFilter(null, null, null, "unit", null, null)));
        assertEquals(5, query.count(new AuditFilter(null, null, null, null, AuditAction.INSERT, null)));
        assertEquals(1, query.count(new AuditFilter(null, null, null, null, null, "承诺")));
        assertEquals(5, query.count(new AuditFilter(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 1), null, null, null, null)));
        assertEquals(20, query.count(new AuditFilter(LocalDate.of(2021, 3, 2), null, null, null, null, null)));
        assertEquals(3, query.count(new AuditFilter(null, LocalDate.of(2021, 3, 1), "张三", null, null, null)));

        List<AuditEntry> first = query.page(AuditFilter.ANY, 0, 10);
        List<AuditEntry> third = query.page(AuditFilter.ANY, 20, 10);
        assertEquals(10, first.size());
        assertEquals(5, third.size());
        assertEquals(24L, first.get(0).entityId());
        assertEquals(0L, third.get(4).entityId());
        assertEquals(java.util.Set.of("张三", "李四"), java.util.Set.copyOf(query.actors()));
        assertEquals(List.of("task", "unit"), query.entities());
    }

    @Test
    void exportIsAnA4LandscapeWorkbookWithTheHeaderRepeated(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("操作记录.xlsx");
        AuditFilter filter = new AuditFilter(null, null, "李四", null, null, null);
        int written = new AuditExport(query, Messages.of(Messages.CHINESE)).writeXlsx(filter, out);
        assertEquals(12, written);
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
            assertEquals(2, sheet.getRepeatingRows().getFirstRow(), "title, date line, then the repeated header");
            assertEquals("时间", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("来源", sheet.getRow(2).getCell(7).getStringCellValue());
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().contains("李四"));
            assertEquals("李四", sheet.getRow(3).getCell(1).getStringCellValue());
            assertEquals("任务 #23", sheet.getRow(3).getCell(3).getStringCellValue());
            assertEquals(2 + 12, sheet.getLastRowNum(), "header row 2, then the 12 entries");
        }
    }
}
