package com.creditdesk.model.evidence;

/** Told how far a long copy has got, so a screen can show progress; {@code totalBytes} -1 if unknown. */
@FunctionalInterface
public interface CopyProgress {

    CopyProgress NONE = (copied, total) -> { };

    void update(long copiedBytes, long totalBytes);
}
