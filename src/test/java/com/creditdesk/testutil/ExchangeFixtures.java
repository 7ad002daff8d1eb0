package com.creditdesk.testutil;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.demo.ExampleCampaign;
import com.creditdesk.logic.exchange.PackageExporter;
import com.creditdesk.logic.exchange.PackageReceiver;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.logic.ledger.SettingsService;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskEdit;
import com.creditdesk.model.ledger.TaskStatus;
import org.jooq.DSLContext;

import java.nio.file.Path;

/** A city database that received two packages from one county and has conflicts waiting (for window tests). */
public final class ExchangeFixtures {

    public static final String TASK = "健全和落实信用制度";

    private ExchangeFixtures() {
    }

    /** Leaves two open conflicts (status and progress note of {@link #TASK}) in the city database {@code city}. */
    public static void cityWithConflicts(DSLContext city, Path dir) {
        try (Database county = TestDatabases.fresh()) {
            new ExampleCampaign(county.dsl(), "县信用办").loadIfFirstStart();
            new SettingsService(county.dsl(), "县信用办").set("county.code", "130502");
            new SettingsService(county.dsl(), "县信用办").set("county.name", "襄都区");
            Path files = dir.resolve("county-files");
            PackageReceiver receiver = new PackageReceiver(city, dir.resolve("city-files"), "市信用办");
            receiver.receive(export(county, files, dir.resolve("襄都区-1.zip")), null);
            edit(new LedgerService(city, "市信用办"), "130502", TaskStatus.BLOCKED, "市里核实：缺少盖章文件");
            edit(new LedgerService(county.dsl(), "县信用办"), null, TaskStatus.DONE, "已印发《襄都区信用制度》");
            receiver.receive(export(county, files, dir.resolve("襄都区-2.zip")), null);
        }
    }

    private static Path export(Database county, Path files, Path out) {
        new PackageExporter(county.dsl(), files).export(out, null);
        return out;
    }

    private static void edit(LedgerService ledger, String countyCode, TaskStatus status, String note) {
        long campaign = ledger.campaigns().get(countyCode == null ? 0 : ledger.campaigns().size() - 1).id();
        Task task = ledger.tasks(campaign).stream().filter(t -> t.title().equals(TASK)).findFirst().orElseThrow();
        ledger.updateTask(new TaskEdit(task.id(), task.version(), task.title(), status, note,
                task.units().stream().map(u -> new TaskEdit.UnitAssignment(u.unitName(), u.role())).toList()));
    }

}
