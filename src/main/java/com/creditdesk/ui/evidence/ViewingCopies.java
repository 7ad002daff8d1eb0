package com.creditdesk.ui.evidence;

import com.creditdesk.logic.evidence.EvidenceService;
import com.creditdesk.model.evidence.StoredFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Copies of stored files for the system viewer: named as delivered (the viewer's title and a
 * "save as" show that name), one folder per file so equal names never collide, and never the
 * store's own file, so a viewer that saves cannot change what was received.
 */
final class ViewingCopies {

    private ViewingCopies() {
    }

    static Path copyOut(EvidenceService service, StoredFile file, Path viewingDirectory) throws IOException {
        Path folder = viewingDirectory.resolve("open").resolve(Long.toString(file.id()));
        Files.createDirectories(folder);
        Path copy = folder.resolve(safeName(file.name()));
        try (InputStream in = service.openFile(file.id())) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        copy.toFile().deleteOnExit();
        folder.toFile().deleteOnExit();
        return copy;
    }

    /** The delivered name without characters Windows or Linux refuse in a file name. */
    static String safeName(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..") ? "file" : cleaned;
    }
}
