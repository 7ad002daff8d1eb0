package com.creditdesk.logic.evidence;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.audit.AuditLog;
import com.creditdesk.model.evidence.CellState;
import com.creditdesk.model.evidence.CompletenessMatrix;
import com.creditdesk.model.evidence.Delivery;
import com.creditdesk.model.evidence.EvidenceItem;
import com.creditdesk.model.evidence.EvidenceStatus;
import com.creditdesk.model.evidence.EvidenceType;
import com.creditdesk.model.evidence.MatrixRow;
import com.creditdesk.model.evidence.Requirement;
import com.creditdesk.model.evidence.RequirementDraft;
import com.creditdesk.model.evidence.RequirementGroup;
import com.creditdesk.model.evidence.ReviewEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.STORED_FILE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("db")
class EvidenceServiceTest {

    @TempDir
    Path dir;
    private EvidenceFixture f;

    @BeforeEach
    void setUp() {
        f = fixture(dir);
    }

    /** The fixture these tests run on: a folder store here, the database table in a subclass. */
    EvidenceFixture fixture(Path dir) {
        return new EvidenceFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void importedRequirementsAreClassifiedAndOwed() {
        List<RequirementGroup> groups = new EvidenceQueries(f.db.dsl()).byOwner(f.campaignId);
        assertEquals(12, groups.size(), "one group per 基础指标 row");
        Requirement first = groups.get(0).requirements().get(0).requirement();
        assertFalse(first.units().isEmpty());
        assertFalse(first.text().isBlank());
        assertEquals(first.ownerPath(), groups.get(0).heading());
    }

    @Test
    void attachReviewReturnResubmitAccept() throws Exception {
        long requirementId = f.requirementIds().get(0);
        Requirement requirement = f.service.requirement(requirementId).orElseThrow();
        long unitId = requirement.units().get(0).id();
        Path pdf = f.file("制度.pdf", "%PDF-1.4 fake");
        EvidenceItem item = f.service.attach(requirementId, unitId, List.of(pdf),
                new Delivery("张三", null, LocalDate.of(2021, 5, 31), "第一次"), (a, b) -> { });
        assertEquals(EvidenceStatus.SUBMITTED, item.status());
        assertEquals(1, item.files().size());
        assertEquals("制度.pdf", item.files().get(0).name());
        assertTrue(f.store.contains(item.files().get(0).sha256()));
        if (!f.store.inDatabase()) {
            assertEquals(item.files().get(0).sha256().substring(0, 2),
                    f.store.pathOf(item.files().get(0).sha256()).getParent().getFileName().toString());
        }

        UserFacingException noReason = assertThrows(UserFacingException.class,
                () -> f.service.returnItem(item.id(), item.version(), " "));
        assertEquals("evidence.error.reasonRequired", noReason.key());
        EvidenceItem returned = f.service.returnItem(item.id(), item.version(), "未加盖公章");
        assertEquals(EvidenceStatus.RETURNED, returned.status());
        assertEquals("未加盖公章", returned.returnReason());
        UserFacingException stale = assertThrows(UserFacingException.class, () -> f.service.accept(item.id(), item.version()));
        assertEquals("evidence.error.stale", stale.key());
        UserFacingException notSubmitted = assertThrows(UserFacingException.class,
                () -> f.service.accept(item.id(), returned.version()));
        assertEquals("evidence.error.transition.ACCEPTED", notSubmitted.key());

        EvidenceItem again = f.service.attach(requirementId, unitId, List.of(f.file("制度（盖章）.pdf", "%PDF-1.4 stamped")),
                Delivery.none(), (a, b) -> { });
        assertEquals(again.id(), item.id(), "the unit's item is extended");
        assertEquals(EvidenceStatus.SUBMITTED, again.status());
        assertEquals(2, again.files().size());
        EvidenceItem accepted = f.service.accept(item.id(), again.version());
        assertEquals(EvidenceStatus.ACCEPTED, accepted.status());

        List<ReviewEvent> history = f.service.history(item.id());
        assertEquals(List.of(EvidenceStatus.SUBMITTED, EvidenceStatus.RETURNED, EvidenceStatus.SUBMITTED, EvidenceStatus.ACCEPTED),
                history.stream().map(ReviewEvent::to).toList());
        assertEquals("未加盖公章", history.get(1).reason());
        assertEquals("tester", history.get(1).actor());
        assertTrue(new AuditLog(f.db.dsl()).list("evidence_item", item.id(), 50).size() >= 6);
    }

    @Test
    void oneFileServesSeveralRequirementsAndIsStoredOnce() throws Exception {
        List<Long> ids = f.requirementIds();
        Path pdf = f.file("a.pdf", "same content");
        f.service.attach(ids.get(0), f.service.requirement(ids.get(0)).orElseThrow().units().get(0).id(), List.of(pdf),
                Delivery.none(), (a, b) -> { });
        f.service.attach(ids.get(1), f.service.requirement(ids.get(1)).orElseThrow().units().get(0).id(), List.of(pdf),
                Delivery.none(), (a, b) -> { });
        assertEquals(1, f.db.dsl().fetchCount(STORED_FILE));
        assertEquals(2, f.db.dsl().fetchCount(EVIDENCE_ITEM));
    }

    @Test
    void duplicateInTheSameItemIsRefusedAndNothingIsHalfStored() throws Exception {
        long requirementId = f.requirementIds().get(0);
        long unitId = f.service.requirement(requirementId).orElseThrow().units().get(0).id();
        Path a = f.file("a.pdf", "content a");
        f.service.attach(requirementId, unitId, List.of(a), Delivery.none(), (x, y) -> { });
        Path b = f.file("b.pdf", "content b (new)");
        Path copyOfA = f.file("copy-of-a.pdf", "content a");
        UserFacingException duplicate = assertThrows(UserFacingException.class,
                () -> f.service.attach(requirementId, unitId, List.of(b, copyOfA), Delivery.none(), (x, y) -> { }));
        assertEquals("evidence.error.duplicate", duplicate.key());
        assertEquals(1, f.db.dsl().fetchCount(STORED_FILE), "b was not kept");
        assertTrue(new IntegrityChecker(f.db.dsl(), f.store).check().ok(), "b's content was removed again");
    }

    @Test
    void detachingTheLastFileMakesTheItemPendingAndRemovesTheContent() throws Exception {
        long requirementId = f.requirementIds().get(0);
        long unitId = f.service.requirement(requirementId).orElseThrow().units().get(0).id();
        EvidenceItem item = f.service.attach(requirementId, unitId, List.of(f.file("a.pdf", "x")), Delivery.none(), (x, y) -> { });
        String sha = item.files().get(0).sha256();
        EvidenceItem after = f.service.detachFile(item.id(), item.version(), item.files().get(0).id());
        assertEquals(EvidenceStatus.PENDING, after.status());
        assertTrue(after.files().isEmpty());
        assertFalse(f.store.contains(sha));
        assertEquals(0, f.db.dsl().fetchCount(STORED_FILE));
    }

    @Test
    void requirementsByHandParseTheirDueDateAndKeepTheText() {
        long indicatorId = f.service.requirement(f.requirementIds().get(0)).orElseThrow().indicatorId();
        long unit = f.unitId("市发展改革委");
        long id = f.service.createRequirement(RequirementDraft.of(f.campaignId, indicatorId, null,
                "2020年6月至2021年5月双公示情况说明（加盖公章）", "2021年6月1日前", List.of(unit)));
        Requirement r = f.service.requirement(id).orElseThrow();
        assertEquals(EvidenceType.STATEMENT, r.type());
        assertTrue(r.stampRequired());
        assertEquals("2020年6月至2021年5月", r.periodText());
        assertEquals("2021年6月1日前", r.deadlineText());
        assertEquals(LocalDate.of(2021, 6, 1), r.deadlineDue());
        f.service.updateRequirement(id, r.version(), new RequirementDraft(f.campaignId, indicatorId, null, r.text(),
                EvidenceType.SCREENSHOT, false, null, null, List.of()));
        Requirement edited = f.service.requirement(id).orElseThrow();
        assertEquals(EvidenceType.SCREENSHOT, edited.type());
        assertTrue(edited.units().isEmpty());
        assertThrows(UserFacingException.class, () -> f.service.updateRequirement(id, r.version(),
                RequirementDraft.of(f.campaignId, indicatorId, null, "x", null, List.of())));
        f.service.deleteRequirement(id);
        assertTrue(f.service.requirement(id).isEmpty());
    }

    @Test
    void matrixShowsStatesAndPercentages() throws Exception {
        long requirementId = f.requirementIds().get(0);
        Requirement requirement = f.service.requirement(requirementId).orElseThrow();
        long unitId = requirement.units().get(0).id();
        EvidenceItem item = f.service.attach(requirementId, unitId, List.of(f.file("a.pdf", "x")), Delivery.none(), (x, y) -> { });
        f.service.accept(item.id(), item.version());
        CompletenessMatrix matrix = new EvidenceQueries(f.db.dsl()).matrix(f.campaignId, false);
        assertEquals(12, matrix.rows().size());
        int column = matrix.columns().stream().map(c -> c.unitId()).toList().indexOf(unitId);
        MatrixRow row = matrix.rows().stream().filter(r -> r.requirementIds().contains(requirementId)).findFirst().orElseThrow();
        assertEquals(CellState.ACCEPTED, row.cells().get(column).state());
        assertNotNull(row.acceptedPercent());
        assertTrue(matrix.rows().stream().flatMap(r -> r.cells().stream()).anyMatch(c -> c.state() == CellState.MISSING));
        assertTrue(matrix.rows().stream().flatMap(r -> r.cells().stream()).anyMatch(c -> c.state() == CellState.NOT_OWED));
        CompletenessMatrix missing = new EvidenceQueries(f.db.dsl()).matrix(f.campaignId, true);
        assertTrue(missing.rows().stream().allMatch(r -> r.cells().stream().anyMatch(c -> c.state() == CellState.MISSING
                || c.state() == CellState.RETURNED)));
        if (requirement.units().size() == 1 && row.requirementIds().size() == 1) {
            assertFalse(missing.rows().contains(row));
        }
    }
}
