package com.creditdesk.ui.evidence;

import com.creditdesk.logic.evidence.Sizes;
import com.creditdesk.logic.i18n.Messages;
import com.creditdesk.model.evidence.CopyProgress;
import com.creditdesk.ui.util.BackgroundTask.Progress;

import java.nio.file.Path;
import java.util.List;

/**
 * Turns the store's per-file copy progress into one bar over all the files of an attach, with a
 * line such as "正在复制 扫描件.pdf（第 2/3 个，12 MB / 300 MB）".
 */
final class CopyProgressText implements CopyProgress {

    private final Messages messages;
    private final List<Path> files;
    private final Progress progress;
    private final long grandTotal;
    private int index;
    private long finishedBytes;
    private long lastCopied;
    private long lastTotal;

    CopyProgressText(Messages messages, List<Path> files, Progress progress) {
        this.messages = messages;
        this.files = List.copyOf(files);
        this.progress = progress;
        // An unreadable file counts 0 here (File.length); the store reports it itself.
        this.grandTotal = files.stream().mapToLong(f -> f.toFile().length()).sum();
    }

    @Override
    public synchronized void update(long copiedBytes, long totalBytes) {
        if (copiedBytes < lastCopied && index < files.size() - 1) {
            // The store started on the next file.
            finishedBytes += Math.max(lastTotal, lastCopied);
            index++;
        }
        lastCopied = copiedBytes;
        lastTotal = Math.max(totalBytes, 0);
        long done = finishedBytes + copiedBytes;
        String name = files.get(index).getFileName() == null ? files.get(index).toString()
                : files.get(index).getFileName().toString();
        progress.update(Math.min(done, Math.max(grandTotal, done)), Math.max(grandTotal, done),
                messages.get("evidence.ui.copy.progress", name, index + 1, files.size(), Sizes.human(done),
                        Sizes.human(Math.max(grandTotal, done))));
    }
}
