package com.creditdesk.ui.evidence;

import com.creditdesk.logic.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One progress bar over all the files of an attach, whatever the store reports per file. */
class CopyProgressTextTest {

    @TempDir
    Path dir;

    @Test
    void perFileProgressAddsUpOverTheWholeAttach() throws Exception {
        Path a = Files.write(dir.resolve("a.pdf"), new byte[3000]);
        Path b = Files.write(dir.resolve("b.pdf"), new byte[1000]);
        List<long[]> done = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        CopyProgressText progress = new CopyProgressText(Messages.of(Messages.CHINESE), List.of(a, b), (d, total, message) -> {
            done.add(new long[] {d, total});
            lines.add(message);
        });
        progress.update(1000, 3000);
        progress.update(3000, 3000);
        progress.update(500, 1000);
        progress.update(1000, 1000);
        assertEquals(List.of(1000L, 3000L, 3500L, 4000L), done.stream().map(x -> x[0]).toList());
        assertEquals(4000L, done.get(3)[1]);
        assertEquals("正在复制 a.pdf（第 1/2 个，1000 B / 3.9 KB）", lines.get(0));
        assertEquals("正在复制 b.pdf（第 2/2 个，3.9 KB / 3.9 KB）", lines.get(3));
    }
}
