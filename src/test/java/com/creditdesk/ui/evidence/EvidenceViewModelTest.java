package com.creditdesk.ui.evidence;

import org.junit.jupiter.api.Tag;

import com.creditdesk.model.evidence.CellState;
import com.creditdesk.model.evidence.Delivery;
import com.creditdesk.model.evidence.EvidenceItem;
import com.creditdesk.model.evidence.EvidenceStatus;
import com.creditdesk.model.evidence.MatrixCell;
import com.creditdesk.model.evidence.MatrixRow;
import com.creditdesk.model.evidence.RequirementDraft;
import com.creditdesk.model.evidence.RequirementGroup.GroupBy;
import com.creditdesk.model.evidence.RequirementOverview;
import com.creditdesk.ui.util.CurrentThreadTaskExecutor;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The 佐证材料 view models without a window: same-thread executor, fresh database, temp file store. */
@Tag("db")
class EvidenceViewModelTest {

    @TempDir
    Path dir;
    private EvidenceScreenFixture f;
    private EvidenceViewModel vm;
    private RequirementDetailViewModel detail;

    @BeforeEach
    void setUp() {
        f = new EvidenceScreenFixture(dir, new CurrentThreadTaskExecutor(e -> fail(e)));
        vm = f.vm;
        detail = vm.detail();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static List<EvidenceRow> lines(TreeItem<EvidenceRow> root) {
        return root.getChildren().stream().flatMap(g -> g.getChildren().stream()).map(TreeItem::getValue).toList();
    }

    private RequirementOverview first() {
        return lines(vm.rootProperty().get()).get(0).overview();
    }

    private Path incoming(String name, String content) throws Exception {
        Path file = dir.resolve("incoming").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private CellState matrixCell(long requirementId, long unitId) {
        MatrixRow row = vm.matrix().rows().stream().filter(r -> r.requirementIds().contains(requirementId)).findFirst().orElseThrow();
        return row.cells().stream().filter(c -> c.unitId() == unitId).findFirst().orElseThrow().state();
    }

    @Test
    void groupsByIndicatorOrByUnitAndFilters() {
        assertEquals(12, vm.rootProperty().get().getChildren().size(), "one heading per 基础指标");
        assertTrue(lines(vm.rootProperty().get()).stream().allMatch(r -> r.state() == CellState.MISSING));
        assertTrue(vm.summaryProperty().get().startsWith("共 12 项佐证材料要求"), vm.summaryProperty().get());
        EvidenceRow row = lines(vm.rootProperty().get()).get(0);
        assertFalse(row.owingText().isBlank(), "nothing delivered: every owing unit still owes");

        vm.groupByProperty().set(GroupBy.UNIT);
        List<String> headings = vm.rootProperty().get().getChildren().stream().map(g -> g.getValue().heading()).toList();
        assertTrue(headings.contains("市发展改革委"), headings.toString());
        assertTrue(vm.visibleRequirementCount() >= 12, "a requirement owed by two units is under both");

        vm.filterTextProperty().set("信易贷");
        assertTrue(lines(vm.rootProperty().get()).stream().allMatch(r -> r.requirement().text().contains("信易贷")
                || r.requirement().ownerPath().contains("信易贷")));
        assertFalse(lines(vm.rootProperty().get()).isEmpty());
        vm.filterTextProperty().set("不存在的文字");
        assertEquals(0, vm.visibleRequirementCount());
    }

    @Test
    void attachReturnResubmitAcceptWithHistoryAndMatrix() throws Exception {
        RequirementOverview overview = first();
        long unit = overview.requirement().units().get(0).id();
        long requirementId = overview.requirement().id();
        detail.show(overview);
        assertNull(detail.selectedItemProperty().get());
        assertEquals(CellState.MISSING, matrixCell(requirementId, unit));

        detail.attach(List.of(incoming("制度文件.pdf", "%PDF-1.4 stand-in")), unit,
                new Delivery("张三", null, LocalDate.of(2021, 3, 20), null));
        EvidenceItem item = detail.selectedItemProperty().get();
        assertNotNull(item, "the new delivery is chosen");
        assertEquals(EvidenceStatus.SUBMITTED, item.status());
        assertEquals(LocalDate.of(2021, 3, 20), item.effectiveDate());
        assertEquals(List.of("制度文件.pdf"), detail.files().stream().map(fl -> fl.name()).toList());
        assertTrue(detail.messageProperty().get().contains("添加 1 个文件"), detail.messageProperty().get());
        assertEquals(CellState.SUBMITTED, matrixCell(requirementId, unit));
        assertEquals(1, lines(vm.rootProperty().get()).get(0).fileCount());
        assertTrue(detail.canAccept().get() && detail.canReturn().get() && !detail.canResubmit().get());

        detail.returnItem("  ");
        assertEquals("退回必须填写原因，原因会告知报送单位。", detail.messageProperty().get());
        assertEquals(EvidenceStatus.SUBMITTED, detail.selectedItemProperty().get().status(), "nothing saved");

        detail.returnItem("情况说明未加盖公章");
        assertEquals(EvidenceStatus.RETURNED, detail.selectedItemProperty().get().status());
        assertEquals("情况说明未加盖公章", detail.selectedItemProperty().get().returnReason());
        assertEquals(CellState.RETURNED, matrixCell(requirementId, unit));
        assertTrue(detail.history().stream().anyMatch(e -> "情况说明未加盖公章".equals(e.reason())));

        detail.resubmit();
        assertEquals(EvidenceStatus.SUBMITTED, detail.selectedItemProperty().get().status());
        detail.accept();
        assertEquals(EvidenceStatus.ACCEPTED, detail.selectedItemProperty().get().status());
        assertEquals(CellState.ACCEPTED, matrixCell(requirementId, unit));
        assertEquals(List.of(EvidenceStatus.SUBMITTED, EvidenceStatus.RETURNED, EvidenceStatus.SUBMITTED, EvidenceStatus.ACCEPTED),
                detail.history().stream().map(e -> e.to()).toList());
        String line = new EvidenceTexts(f.messages).historyLine(detail.history().get(1));
        assertTrue(line.contains("已提交 → 退回") && line.endsWith("（原因：情况说明未加盖公章）"), line);
    }

    @Test
    void withdrawAndSubmitAgain() throws Exception {
        RequirementOverview overview = first();
        long unit = overview.requirement().units().get(0).id();
        detail.show(overview);
        detail.attach(List.of(incoming("截图.png", "not really a png")), unit, Delivery.none());
        detail.withdraw();
        assertEquals(EvidenceStatus.PENDING, detail.selectedItemProperty().get().status());
        assertEquals(CellState.MISSING, matrixCell(overview.requirement().id(), unit), "待提交 still counts as missing");
        assertTrue(detail.canSubmit().get());
        detail.submit();
        assertEquals(EvidenceStatus.SUBMITTED, detail.selectedItemProperty().get().status());
    }

    @Test
    void aMatrixCellOpensItsRequirementForThatUnit() throws Exception {
        RequirementOverview overview = first();
        long unit = overview.requirement().units().get(0).id();
        detail.show(overview);
        detail.attach(List.of(incoming("a.pdf", "a")), unit, Delivery.none());
        detail.show(null);

        boolean[] opened = new boolean[1];
        vm.setOnRequirementOpened(() -> opened[0] = true);
        MatrixRow row = vm.matrix().rows().stream().filter(r -> r.requirementIds().contains(overview.requirement().id()))
                .findFirst().orElseThrow();
        MatrixCell cell = row.cells().stream().filter(c -> c.unitId() == unit).findFirst().orElseThrow();
        vm.matrix().choose(row, cell);
        assertTrue(opened[0]);
        assertEquals(overview.requirement().id(), detail.overviewProperty().get().requirement().id());
        assertEquals(unit, detail.selectedItemProperty().get().unitId());
        assertEquals("已提交", vm.matrix().cellText(cell.state()));

        int all = vm.matrix().rows().size();
        vm.matrix().missingOnlyProperty().set(true);
        assertTrue(vm.matrix().rows().size() <= all);
        assertTrue(vm.matrix().rows().stream().allMatch(r -> r.cells().stream()
                .anyMatch(c -> c.state() == CellState.MISSING || c.state() == CellState.RETURNED)));
        assertTrue(vm.matrix().summaryProperty().get().contains("已提交 1"), vm.matrix().summaryProperty().get());
    }

    @Test
    void openCopiesTheFileUnderItsOriginalName() throws Exception {
        RequirementOverview overview = first();
        detail.show(overview);
        detail.attach(List.of(incoming("关于印发信用承诺制度的通知.docx", "content")),
                overview.requirement().units().get(0).id(), Delivery.none());
        detail.open(detail.files().get(0));
        assertEquals(1, f.opened.size());
        Path copy = f.opened.get(0);
        assertEquals("关于印发信用承诺制度的通知.docx", copy.getFileName().toString());
        assertEquals("content", Files.readString(copy));
        assertFalse(copy.startsWith(dir.resolve("files")), "never the store's own file");
    }

    @Test
    void aFileThatCannotBeReadIsExplainedAndNothingChanges() {
        RequirementOverview overview = first();
        detail.show(overview);
        detail.attach(List.of(dir.resolve("不存在.pdf")), overview.requirement().units().get(0).id(), Delivery.none());
        assertTrue(detail.messageProperty().get().startsWith("找不到文件"), detail.messageProperty().get());
        assertTrue(detail.items().isEmpty());
    }

    @Test
    void aRequirementTypedByHandIsAddedEditedAndShown() {
        RequirementOverview overview = first();
        long unit = overview.requirement().units().get(0).id();
        RequirementDialog.Choices[] choices = new RequirementDialog.Choices[1];
        vm.withRequirementChoices(c -> choices[0] = c);
        assertTrue(choices[0].owners().size() >= 12, "the campaign's indicators");
        assertTrue(choices[0].units().stream().anyMatch(u -> u.id() == unit));

        vm.saveRequirement(null, new RequirementDraft(overview.requirement().campaignId(), overview.requirement().indicatorId(),
                null, "提供2021年信用宣传活动照片", null, null, null, "6月1日前", List.of(unit)));
        RequirementOverview added = detail.overviewProperty().get();
        assertEquals("提供2021年信用宣传活动照片", added.requirement().text());
        assertEquals("6月1日前", added.requirement().deadlineText());
        assertEquals(13, lines(vm.rootProperty().get()).size());

        vm.saveRequirement(added, new RequirementDraft(added.requirement().campaignId(), added.requirement().indicatorId(),
                null, "提供2021年信用宣传活动照片（加盖公章）", null, true, null, "6月1日前", List.of(unit)));
        assertTrue(detail.overviewProperty().get().requirement().stampRequired());
        assertTrue(new EvidenceTexts(f.messages).deadline(detail.overviewProperty().get().requirement()).startsWith("6月1日前"));

        vm.deleteRequirement(added.requirement().id());
        assertNull(detail.overviewProperty().get());
        assertEquals(12, lines(vm.rootProperty().get()).size());
    }
}
