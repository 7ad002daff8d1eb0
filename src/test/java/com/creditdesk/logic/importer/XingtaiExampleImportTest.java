package com.creditdesk.logic.importer;

import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.demo.ExampleCampaign;
import com.creditdesk.logic.ledger.TaskRepository;
import com.creditdesk.logic.units.UnitMatcher;
import com.creditdesk.model.importer.ImportOptions;
import com.creditdesk.model.ledger.NodeKind;
import com.creditdesk.model.ledger.Task;
import com.creditdesk.model.ledger.TaskUnit;
import com.creditdesk.model.ledger.UnitRole;
import com.creditdesk.testutil.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Importing xingtai-2021-plan.docx gives the 20 body tasks of the built-in example campaign
 * (typed by hand from the same notice), field by field. Seq labels, titles and deadline texts
 * are equal. The justified differences, each checked below rather than ignored:
 * <ul>
 * <li>units_text: the example keeps the whole parenthesis "（责任单位：…，完成时限：…）"; the
 *     importer keeps its 责任单位 part (the 完成时限 part is in deadline_text) and joins the
 *     parentheses of one task with "；" — every part is text of the example's parenthesis or of
 *     the task's content.</li>
 * <li>unit names: the registry holds one unit per spelling up to the normalisation of
 *     {@link UnitMatcher} (民政局 = 市民政局, 行政审批局 = 市行政审批局), where the example made two
 *     units; compared normalised.</li>
 * <li>（十四）: the notice names a unit after each 重大…事件 in brackets (…（市财政局）…); the
 *     importer adds them as responsible units — each one is written in the task's content.</li>
 * </ul>
 */
@Tag("db")
class XingtaiExampleImportTest {

    private static List<Task> example;
    private static List<Task> imported;

    @BeforeAll
    static void load() {
        try (Database db = TestDatabases.fresh()) {
            long id = new ExampleCampaign(db.dsl(), "tester").loadIfFirstStart().orElseThrow();
            example = bodyTasks(db, id);
        }
        try (Database db = TestDatabases.fresh()) {
            Path file = Fixtures.path("xingtai-2021-plan.docx");
            long id = new DatabaseImportWriter(db.dsl(), "tester").write(
                    new NoticeImporter().preview(file, ImportOptions.defaults()),
                    ImportOptions.defaults().withSourceFile(file)).campaignId();
            imported = bodyTasks(db, id);
        }
    }

    private static List<Task> bodyTasks(Database db, long campaignId) {
        return new TaskRepository(db.dsl()).findByCampaign(campaignId).stream()
                .filter(t -> t.kind() == NodeKind.TASK).toList();
    }

    private static Set<String> names(Task task, UnitRole role) {
        Set<String> names = new LinkedHashSet<>();
        task.units().stream().filter(u -> u.role() == role).map(TaskUnit::unitName).map(UnitMatcher::normalise)
                .forEach(names::add);
        return names;
    }

    @Test
    void twentyTasksWithEqualSeqLabelsTitlesAndDeadlines() {
        assertEquals(20, example.size());
        assertEquals(20, imported.size());
        for (int i = 0; i < 20; i++) {
            assertEquals(example.get(i).seqLabel(), imported.get(i).seqLabel());
            assertEquals(example.get(i).title(), imported.get(i).title());
            assertEquals(example.get(i).deadlineText(), imported.get(i).deadlineText(), example.get(i).title());
        }
    }

    @Test
    void unitsEqualUpToNormalisationAndExtraUnitsAreWrittenInTheContent() {
        for (int i = 0; i < 20; i++) {
            Task e = example.get(i);
            Task m = imported.get(i);
            assertEquals(names(e, UnitRole.LEAD), names(m, UnitRole.LEAD), e.title());
            Set<String> expected = names(e, UnitRole.RESPONSIBLE);
            Set<String> actual = names(m, UnitRole.RESPONSIBLE);
            assertTrue(actual.containsAll(expected), e.title() + ": " + expected + " vs " + actual);
            for (TaskUnit extra : m.units()) {
                if (!expected.contains(UnitMatcher.normalise(extra.unitName())) && extra.role() == UnitRole.RESPONSIBLE) {
                    assertTrue(e.content().contains("（" + extra.unitName() + "）"), e.title() + ": " + extra.unitName());
                }
            }
        }
    }

    @Test
    void unitsTextIsTheResponsiblePartOfTheExamplesText() {
        for (int i = 0; i < 20; i++) {
            Task e = example.get(i);
            Task m = imported.get(i);
            if (e.unitsText() == null) {
                assertEquals(null, m.unitsText(), e.title());
                continue;
            }
            for (String part : m.unitsText().split("；")) {
                assertTrue(e.unitsText().contains(part) || e.content().contains(part), e.title() + ": " + part);
            }
        }
    }
}
