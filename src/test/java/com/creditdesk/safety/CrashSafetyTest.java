package com.creditdesk.safety;

import com.creditdesk.logic.audit.AuditEntry;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.demo.ExampleCampaign;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills a writing child JVM ({@code destroyForcibly}) at random moments, again and again, and
 * checks after each kill that every transaction the writer reported committed is in the
 * database, that no transaction is there in part, and that the file opens without repair.
 */
class CrashSafetyTest {

    static final int KILLS = Integer.getInteger("crash.kills", 100);

    @Test
    void noCommittedTransactionIsLostAndNoneIsPartial(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("crash");
        try (Database db = Database.openFile(file)) {
            new ExampleCampaign(db.dsl(), "t").loadIfFirstStart();
        }
        Random random = new Random(20210305);
        int next = 0;
        java.util.Set<Integer> reported = new java.util.TreeSet<>();
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                    BurstWriter.class.getName(), file.toString(), String.valueOf(next))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            // Let it commit a random number of transactions, then kill it at a random moment.
            int commitsToWait = 1 + random.nextInt(4);
            String line;
            int seen = 0;
            while (seen < commitsToWait && (line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    reported.add(Integer.parseInt(line.substring(10)));
                    seen++;
                }
            }
            Thread.sleep(random.nextInt(15));
            // Lines the child printed after our last read are simply not counted as reported.
            child.destroyForcibly().waitFor();
            // The file as the killed writer left it, kept for analysis (MVStoreTool -dump) should the check fail.
            byte[] afterKill = java.nio.file.Files.readAllBytes(Path.of(file + ".mv.db"));
            try {
                next = verify(file, reported);
            } catch (AssertionError e) {
                Path kept = Path.of(System.getProperty("crash.keep", "target/crash-case"));
                java.nio.file.Files.createDirectories(kept);
                java.nio.file.Files.write(kept.resolve("after-kill.mv.db"), afterKill);
                throw new AssertionError("after kill " + (kill + 1) + " (this run started at " + next + "): "
                        + e.getMessage(), e);
            }
        }
        System.out.printf("crash test: %d kills, %d transactions reported committed, all present, none partial%n",
                KILLS, reported.size());
        assertTrue(reported.size() >= KILLS, "every run committed at least one transaction");
    }

    /** Checks the database after a kill; returns the next free burst number. */
    private static int verify(Path file, java.util.Set<Integer> reported) {
        try (Database db = Database.openFile(file)) {
            LedgerService ledger = new LedgerService(db.dsl(), "check");
            long campaignId = ledger.campaigns().get(0).id();
            Map<String, Task> burst = ledger.tasks(campaignId).stream().filter(t -> t.title().startsWith("burst-"))
                    .collect(Collectors.toMap(Task::title, Function.identity()));
            for (int i : reported) {
                Task task = burst.get("burst-" + i);
                assertTrue(task != null, "committed task burst-" + i + " is missing");
                assertEdited(db, task, i);
            }
            int highest = -1;
            for (Task task : burst.values()) {
                int i = Integer.parseInt(task.title().substring(6));
                highest = Math.max(highest, i);
                if (task.status() == TaskStatus.IN_PROGRESS) {
                    assertEdited(db, task, i);
                } else {
                    // The add committed, the edit did not start or rolled back: nothing of it may be there.
                    assertEquals(TaskStatus.NOT_STARTED, task.status());
                    assertEquals(List.of(), task.units(), "no units without the edit's commit");
                    assertEquals(1, new AuditLog(db.dsl()).list("task", task.id(), 10).size());
                }
            }
            return highest + 1;
        }
    }

    private static void assertEdited(Database db, Task task, int i) {
        assertEquals(TaskStatus.IN_PROGRESS, task.status(), task.title());
        assertEquals("note-" + i, task.progressNote());
        assertEquals(3, task.units().size(), "all units of the edit of " + task.title());
        List<AuditEntry> log = new AuditLog(db.dsl()).list("task", task.id(), 10);
        assertEquals(List.of("units", "progress_note", "status"),
                log.stream().filter(e -> e.field() != null && !e.field().equals("title")).map(AuditEntry::field).toList(),
                "the edit's audit entries of " + task.title());
    }
}
