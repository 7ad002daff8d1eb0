package com.creditdesk.logic.files;

import com.creditdesk.logic.UserFacingException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** The files/ folder of an embedded install: {@code <dir>/<first 2 hex>/<sha256>}. */
public final class DirectoryContentStore implements ContentStore {

    private final Path directory;

    public DirectoryContentStore(Path directory) {
        this.directory = directory;
    }

    private Path pathOf(String sha256) {
        return directory.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    @Override
    public List<String> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory, 2)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(ContentStore::isName)
                    .filter(name -> Files.isRegularFile(pathOf(name)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UserFacingException(e, "error.files.io", directory, e.getMessage());
        }
    }

    @Override
    public byte[] read(String sha256) {
        Path file = pathOf(sha256);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserFacingException(e, "error.files.io", file, e.getMessage());
        }
    }

    @Override
    public void write(String sha256, byte[] content) {
        Path file = pathOf(sha256);
        try {
            if (Files.isRegularFile(file)) {
                return;
            }
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), ".partial-", "");
            Files.write(partial, content);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UserFacingException(e, "error.files.io", file, e.getMessage());
        }
    }
}
