package com.creditdesk.cli;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.demo.ExampleCampaign;
import com.creditdesk.logic.ledger.LedgerService;
import com.creditdesk.logic.ledger.SettingsService;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskEdit;
import com.creditdesk.model.ledger.TaskStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.creditdesk.cli.CommandLineAppTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** package / receive / conflicts end to end on database files, as a county and its city would run them. */
class ExchangeCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static void edit(Path db, String title, TaskStatus status, String note) {
        try (Database database = Database.openFile(db)) {
            LedgerService ledger = new LedgerService(database.dsl(), "t");
            Task task = ledger.tasks(ledger.campaigns().get(0).id()).stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
            ledger.updateTask(new TaskEdit(task.id(), task.version(), title, status, note, List.of()));
        }
    }

    @Test
    void countyPackagesCityReceivesAndResolves(@TempDir Path dir) throws Exception {
        Path county = dir.resolve("county/creditdesk");
        try (Database database = Database.openFile(county)) {
            new ExampleCampaign(database.dsl(), "t").loadIfFirstStart();
        }
        Path key = Files.writeString(dir.resolve("key.txt"), "共享密钥\n");
        CommandLineAppTest.Run noCounty = run("", "--db", county.toString(), "package", "--out", dir.resolve("p.zip").toString());
        assertEquals(1, noCounty.code());
        assertTrue(noCounty.err().contains("county.code"), noCounty.err());
        try (Database database = Database.openFile(county)) {
            new SettingsService(database.dsl(), "t").set("county.code", "130502");
            new SettingsService(database.dsl(), "t").set("county.name", "襄都区");
        }
        Path first = dir.resolve("襄都区-1.zip");
        CommandLineAppTest.Run pack = run("", "--db", county.toString(), "package", "--out", first.toString(), "--key-file", key.toString());
        assertEquals(0, pack.code(), pack.err());
        assertEquals("130502", JSON.readTree(pack.out()).get("county").asText());

        Path city = dir.resolve("city/creditdesk");
        CommandLineAppTest.Run receive = run("", "--db", city.toString(), "receive", first.toString(), "--key-file", key.toString());
        assertEquals(0, receive.code(), receive.err());
        JsonNode report = JSON.readTree(receive.out());
        assertEquals("襄都区", report.get("countyName").asText());
        assertTrue(report.get("tasks").get("added").asInt() > 20);
        assertEquals(0, report.get("conflicts").size());

        // Both sides change the same task; a second package reports the conflict, a bad file is refused.
        edit(county, "健全和落实信用制度", TaskStatus.DONE, "已印发");
        try (Database database = Database.openFile(city)) {
            LedgerService ledger = new LedgerService(database.dsl(), "t");
            long campaign = ledger.campaigns().get(ledger.campaigns().size() - 1).id();
            Task task = ledger.tasks(campaign).stream().filter(t -> t.title().equals("健全和落实信用制度")).findFirst().orElseThrow();
            ledger.updateTask(new TaskEdit(task.id(), task.version(), task.title(), TaskStatus.BLOCKED, null, List.of()));
        }
        Path second = dir.resolve("襄都区-2.zip");
        assertEquals(0, run("", "--db", county.toString(), "package", "--out", second.toString(), "--key-file", key.toString()).code());
        Path junk = Files.writeString(dir.resolve("junk.zip"), "not a zip");
        CommandLineAppTest.Run both = run("", "--db", city.toString(), "receive", junk.toString(), second.toString(), "--key-file", key.toString());
        assertEquals(1, both.code(), "one package was refused");
        String[] lines = both.out().strip().split("\n");
        assertEquals("exchange.error.unreadable", JSON.readTree(lines[0]).get("error").asText());
        JsonNode conflict = JSON.readTree(lines[1]).get("conflicts").get(0);
        assertEquals("status", conflict.get("field").asText());
        assertEquals("BLOCKED", conflict.get("city").asText());
        assertEquals("DONE", conflict.get("countyValue").asText());

        CommandLineAppTest.Run list = run("", "--db", city.toString(), "conflicts");
        assertEquals(conflict.get("id").asLong(), JSON.readTree(list.out().strip().split("\n")[0]).get("id").asLong());
        CommandLineAppTest.Run resolve = run("", "--db", city.toString(), "conflicts", "--resolve", conflict.get("id").asText() + "=county");
        assertEquals(0, resolve.code(), resolve.err());
        assertEquals(1, JSON.readTree(resolve.out()).get("resolved").asInt());
        assertEquals(2, run("", "--db", city.toString(), "conflicts", "--resolve", "x=maybe").code());
        assertEquals(1, run("", "--db", city.toString(), "conflicts", "--resolve", "999=city").code());
        assertEquals(2, run("", "--db", city.toString(), "receive").code());
    }
}
