package com.creditdesk.ui.evidence;

import com.creditdesk.model.evidence.Delivery;
import com.creditdesk.model.evidence.EvidenceItem;
import com.creditdesk.model.evidence.RequirementOverview;
import com.creditdesk.ui.util.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** 工具 → 完整性检查 and 导出佐证材料汇编 without a window. */
class EvidenceToolsViewModelTest {

    @TempDir
    Path dir;
    private EvidenceScreenFixture f;
    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        f = new EvidenceScreenFixture(dir, new CurrentThreadTaskExecutor(e -> fail(e)));
        RequirementOverview first = f.vm.find(f.vm.rootProperty().get().getChildren().get(0).getChildren().get(0)
                .getValue().requirement().id()).orElseThrow();
        Path file = Files.writeString(Files.createDirectories(dir.resolve("in")).resolve("制度文件.txt"), "制度全文");
        EvidenceItem item = f.service.attach(first.requirement().id(), first.requirement().units().get(0).id(),
                List.of(file), Delivery.none(), (copied, total) -> { });
        f.service.accept(item.id(), item.version());
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void theCheckFindsATamperedFileAndSaysSoInChinese() throws Exception {
        List<EvidenceToolsViewModel.CheckResult> results = new ArrayList<>();
        f.tools.checkIntegrity(worker -> { }, results::add, failures::add);
        assertTrue(results.get(0).ok(), results.get(0).summary());
        assertTrue(results.get(0).summary().startsWith("检查完成：1 个文件"), results.get(0).summary());

        try (var stored = Files.walk(f.store.root())) {
            Path content = stored.filter(Files::isRegularFile).findFirst().orElseThrow();
            Files.writeString(content, "被改动的内容");
        }
        f.tools.checkIntegrity(worker -> { }, results::add, failures::add);
        EvidenceToolsViewModel.CheckResult tampered = results.get(1);
        assertFalse(tampered.ok());
        assertTrue(tampered.problems().get(0).contains("内容已被改动"), tampered.problems().toString());
        assertEquals(List.of(), failures);
    }

    @Test
    void theBinderIsExportedToAZipWithItsIndexAndManifest() throws Exception {
        List<String> done = new ArrayList<>();
        Path zip = dir.resolve("汇编.zip");
        f.tools.exportBinder(zip, worker -> { }, done::add, failures::add);
        assertEquals(List.of(), failures);
        assertTrue(done.get(0).startsWith("已导出 1 个已通过的文件"), done.get(0));
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            assertTrue(archive.stream().anyMatch(e -> e.getName().endsWith("SHA256SUMS")));
            assertTrue(archive.stream().anyMatch(e -> e.getName().endsWith("制度文件.txt")));
        }
    }
}
