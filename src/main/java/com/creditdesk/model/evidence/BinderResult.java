package com.creditdesk.model.evidence;

import java.nio.file.Path;

/** What a binder export wrote: where, how many files, and the index workbook and manifest names. */
public record BinderResult(Path output, int files, long bytes, boolean zip) {
}
