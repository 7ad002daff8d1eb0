package com.creditdesk.logic.evidence;

import com.creditdesk.model.evidence.CellState;
import com.creditdesk.model.evidence.CompletenessMatrix;
import com.creditdesk.model.evidence.CopyProgress;
import com.creditdesk.model.evidence.Delivery;
import com.creditdesk.model.evidence.EvidenceItem;
import com.creditdesk.model.evidence.EvidenceStatus;
import com.creditdesk.model.evidence.Requirement;
import com.creditdesk.model.evidence.RequirementDraft;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.creditdesk.logic.db.generated.Tables.TASK;
import static com.creditdesk.logic.db.generated.Tables.UNIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The aggregate matrix gives exactly what the item-by-item computation gave, cell by cell. */
@Tag("db")
class MatrixQueryTest {

    @TempDir
    Path dir;

    @Test
    void theAggregateMatrixEqualsTheItemByItemOneInEveryState() throws Exception {
        try (EvidenceFixture f = new EvidenceFixture(dir)) {
            EvidenceQueries queries = new EvidenceQueries(f.db.dsl());
            assertSame(queries, f.campaignId);
            List<Long> ids = f.requirementIds();
            Requirement first = f.service.requirement(ids.get(0)).orElseThrow();
            long owing = first.units().get(0).id();
            // Accepted, returned, submitted, back to pending, and several requirements of one row.
            f.service.accept(deliver(f, ids.get(0), owing, "a").id(), deliver(f, ids.get(0), owing, "a2").version());
            EvidenceItem returned = deliver(f, ids.get(1), null, "b");
            f.service.returnItem(returned.id(), returned.version(), "未盖章");
            deliver(f, ids.get(2), null, "c");
            EvidenceItem pending = deliver(f, ids.get(3), null, "d");
            f.service.review(pending.id(), pending.version(), EvidenceStatus.PENDING, null);
            // A unit that delivers without owing, and a task-owned requirement of two units.
            long stranger = f.db.dsl().select(UNIT.ID).from(UNIT)
                    .where(UNIT.ID.notIn(first.units().stream().map(u -> u.id()).toList())).limit(1).fetchOne(UNIT.ID);
            f.service.attach(ids.get(0), stranger, List.of(f.file("e.pdf", "e")), Delivery.none(), CopyProgress.NONE);
            Long task = f.db.dsl().select(TASK.ID).from(TASK).where(TASK.CAMPAIGN_ID.eq(f.campaignId)).limit(1).fetchOne(TASK.ID);
            if (task != null) {
                long id = f.service.createRequirement(RequirementDraft.of(f.campaignId, null, task, "工作台账", null,
                        List.of(owing, stranger)));
                long second = f.service.createRequirement(RequirementDraft.of(f.campaignId, null, task, "情况说明", null,
                        List.of(owing)));
                EvidenceItem accepted = deliver(f, second, owing, "g");
                f.service.accept(accepted.id(), accepted.version());
                deliver(f, id, stranger, "f");
            }
            CompletenessMatrix matrix = queries.matrix(f.campaignId, false);
            Set<CellState> states = matrix.rows().stream().flatMap(r -> r.cells().stream()).map(c -> c.state())
                    .collect(Collectors.toSet());
            assertEquals(Set.of(CellState.values()), states, "every state appears");
            assertSame(queries, f.campaignId);
        }
    }

    /** {@code unitId} null: the requirement's first owing unit. */
    private static EvidenceItem deliver(EvidenceFixture f, long requirementId, Long unitId, String name) throws Exception {
        long unit = unitId != null ? unitId : f.service.requirement(requirementId).orElseThrow().units().get(0).id();
        return f.service.attach(requirementId, unit, List.of(f.file(name + ".pdf", name)), Delivery.none(), CopyProgress.NONE);
    }

    private static void assertSame(EvidenceQueries queries, long campaignId) {
        for (boolean missingOnly : List.of(false, true)) {
            CompletenessMatrix expected = ItemByItemMatrix.of(queries, campaignId, missingOnly);
            CompletenessMatrix actual = queries.matrix(campaignId, missingOnly);
            assertEquals(expected.columns(), actual.columns());
            assertEquals(expected.rows().size(), actual.rows().size());
            for (int r = 0; r < expected.rows().size(); r++) {
                assertEquals(expected.rows().get(r), actual.rows().get(r), "row " + r);
            }
            assertTrue(!expected.rows().isEmpty() || missingOnly);
        }
    }
}
