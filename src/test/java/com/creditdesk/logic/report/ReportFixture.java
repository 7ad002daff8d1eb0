package com.creditdesk.logic.report;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.deadline.DeadlineService;
import com.creditdesk.logic.demo.ExampleCampaign;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.model.report.PageOrientation;
import com.creditdesk.model.report.Report;
import com.creditdesk.model.report.ReportColumn;
import com.creditdesk.model.report.ReportPart;
import com.creditdesk.model.report.ReportRow;
import com.creditdesk.testutil.TestDatabases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The 邢台 example in a fresh database, and a synthetic long ledger. */
final class ReportFixture {

    private ReportFixture() {
    }

    static Database exampleDatabase() {
        Database db = TestDatabases.fresh();
        new ExampleCampaign(db.dsl(), "test").loadIfFirstStart().orElseThrow();
        return db;
    }

    static ReportService service(Database db) {
        return new ReportService(db.dsl(), new LedgerService(db.dsl(), "test"),
                new DeadlineService(db.dsl(), "test", DeadlineService.standardBoard()), Messages.of(Messages.CHINESE));
    }

    /** A ledger of {@code count} tasks with long contents, in sections of ten. */
    static Report longLedger(int count) {
        List<ReportColumn> columns = List.of(ReportColumn.center("序号", 5), ReportColumn.left("任务", 20),
                ReportColumn.left("具体内容/成果形式", 40), ReportColumn.left("完成时限", 10), ReportColumn.center("状态", 6));
        List<ReportRow> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            if (i % 10 == 1) {
                rows.add(new ReportRow.Span("第" + (i / 10 + 1) + "部分", ReportRow.SpanStyle.SECTION));
            }
            rows.add(ReportRow.Cells.of(String.valueOf(i), "推进信用示范任务" + i,
                    "建立健全信用承诺制度，完善信用修复机制，推动信用信息共享。".repeat(1 + i % 4),
                    i + " 月底前", "未开始"));
        }
        return new Report("工作台账", "截至 2021年6月20日", PageOrientation.LANDSCAPE, columns,
                List.of(new ReportPart(null, rows, List.of())));
    }

    static byte[] render(Report report, ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.renderer().render(report, out);
        return out.toByteArray();
    }
}
