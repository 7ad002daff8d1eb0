package com.creditdesk.safety;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskEdit;
import com.creditdesk.model.ledger.TaskStatus;
import com.creditdesk.model.ledger.UnitRole;

import java.nio.file.Path;
import java.util.List;

/**
 * The crash test's writer, run in a child JVM: the app's own LedgerService adds tasks and edits
 * them (each one transaction with its audit entries) and prints "committed N" after each
 * commit returns, until it is killed.
 */
public final class BurstWriter {

    private BurstWriter() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int start = Integer.parseInt(args[1]);
        try (Database db = Database.openFile(file)) {
            LedgerService ledger = new LedgerService(db.dsl(), "burst");
            long campaignId = ledger.campaigns().get(0).id();
            for (int i = start; ; i++) {
                long id = ledger.addTask(campaignId, null, "B" + i, "burst-" + i);
                Task task = ledger.tasks(campaignId).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
                ledger.updateTask(new TaskEdit(id, task.version(), task.title(), TaskStatus.IN_PROGRESS, "note-" + i,
                        List.of(new TaskEdit.UnitAssignment("单位甲" + (i % 7), UnitRole.LEAD),
                                new TaskEdit.UnitAssignment("单位乙" + (i % 5), UnitRole.RESPONSIBLE),
                                new TaskEdit.UnitAssignment("单位丙" + (i % 3), UnitRole.RESPONSIBLE))));
                System.out.println("committed " + i);
                System.out.flush();
            }
        }
    }
}
