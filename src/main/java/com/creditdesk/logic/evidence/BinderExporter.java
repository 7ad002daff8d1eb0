package com.creditdesk.logic.evidence;

import com.creditdesk.logic.Hashing;
import com.creditdesk.logic.UserFacingException;
import com.creditdesk.model.evidence.BinderResult;
import com.creditdesk.model.evidence.CopyProgress;
import com.creditdesk.model.evidence.EvidenceItem;
import com.creditdesk.model.evidence.EvidenceStatus;
import com.creditdesk.model.evidence.RequirementOverview;
import com.creditdesk.model.evidence.StoredFile;
import org.jooq.DSLContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static com.creditdesk.logic.db.generated.Tables.STORED_FILE;

/**
 * The assessor binder (佐证材料汇编): every accepted file in a folder per indicator path
 * ({@code 五、…/（三）…/}), named {@code 01_单位_原名.pdf}, an index workbook {@value #INDEX} and a
 * manifest {@value #MANIFEST} that {@code sha256sum -c} verifies. Written to a temporary folder
 * beside the target and moved into place at the end, so a failed export leaves nothing half-done.
 */
public final class BinderExporter {

    public static final String INDEX = "目录.xlsx";
    public static final String MANIFEST = "SHA256SUMS";

    private final DSLContext dsl;
    private final FileStore store;

    public BinderExporter(DSLContext dsl, FileStore store) {
        this.dsl = dsl;
        this.store = store;
    }

    /** One file of the binder, as the index lists it. */
    record Entry(String ownerPath, String requirement, String relativePath, String unit, java.time.LocalDate effectiveDate,
                 Integer pages, long sizeBytes, String sha256) {
    }

    /** {@code out}: a folder (new or empty) or a file ending in .zip. */
    public BinderResult export(long campaignId, Path out, CopyProgress progress) {
        boolean zip = out.getFileName() != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        Path target = out.toAbsolutePath().normalize();
        if (!zip && Files.isDirectory(target) && !isEmpty(target)) {
            throw new UserFacingException("evidence.binder.notEmpty", target);
        }
        Path temp = target.resolveSibling("." + target.getFileName() + ".partial");
        try {
            deleteTree(temp);
            Files.createDirectories(temp);
            List<Entry> entries = writeFiles(campaignId, temp, progress);
            new BinderIndex().write(entries, temp.resolve(INDEX));
            writeManifest(temp);
            long bytes = entries.stream().mapToLong(Entry::sizeBytes).sum();
            if (zip) {
                zipTree(temp, target);
                deleteTree(temp);
            } else {
                if (Files.isDirectory(target)) {
                    Files.delete(target); // empty, checked above
                }
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new BinderResult(target, entries.size(), bytes, zip);
        } catch (IOException e) {
            throw new UserFacingException(e, "evidence.binder.failed", target, FileStore.describe(e));
        } finally {
            cleanUp(temp);
        }
    }

    private static void cleanUp(Path temp) {
        try {
            deleteTree(temp);
        } catch (IOException e) {
            // Not rethrown: the export's own outcome matters more than a leftover hidden temporary folder.
            return;
        }
    }

    private List<Entry> writeFiles(long campaignId, Path root, CopyProgress progress) throws IOException {
        Map<Long, Boolean> encrypted = new HashMap<>();
        dsl.select(STORED_FILE.ID, STORED_FILE.ENCRYPTED).from(STORED_FILE).forEach(r -> encrypted.put(r.value1(), r.value2()));
        List<RequirementOverview> overviews = new EvidenceQueries(dsl).overviews(campaignId);
        long total = overviews.stream().flatMap(o -> o.items().stream()).filter(i -> i.status() == EvidenceStatus.ACCEPTED)
                .flatMap(i -> i.files().stream()).mapToLong(StoredFile::sizeBytes).sum();
        long done = 0;
        Map<String, Integer> numbers = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (RequirementOverview o : overviews) {
            String folder = folderOf(o);
            for (EvidenceItem item : o.items().stream().filter(i -> i.status() == EvidenceStatus.ACCEPTED)
                    .sorted(Comparator.comparing(EvidenceItem::id)).toList()) {
                for (StoredFile file : item.files()) {
                    int n = numbers.merge(folder, 1, Integer::sum);
                    String unit = item.unitName() == null ? "" : item.unitName() + "_";
                    String name = BinderNames.sanitize(String.format(Locale.ROOT, "%02d_%s%s", n, unit, file.name()));
                    String relative = folder.isEmpty() ? name : folder + "/" + name;
                    Path path = root.resolve(relative);
                    Files.createDirectories(path.getParent());
                    try (InputStream in = store.open(file.sha256(), encrypted.getOrDefault(file.id(), false))) {
                        Files.copy(in, path);
                    }
                    done += file.sizeBytes();
                    progress.update(done, total);
                    entries.add(new Entry(o.requirement().ownerPath(), o.requirement().text(), relative, item.unitName(),
                            item.effectiveDate(), PageCounter.pages(path, file.name()), file.sizeBytes(), file.sha256()));
                }
            }
        }
        return entries;
    }

    private static String folderOf(RequirementOverview o) {
        String path = o.requirement().ownerPath();
        if (path == null || path.isBlank()) {
            return "";
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split(OwnerPaths.SEPARATOR)) {
            segments.add(BinderNames.sanitize(segment));
        }
        return String.join("/", segments);
    }

    /** {@code sha256sum} format: the hash, two spaces, the path relative to the binder folder. */
    private static void writeManifest(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        StringBuilder manifest = new StringBuilder();
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            manifest.append(Hashing.sha256(file)).append("  ").append(relative).append('\n');
        }
        Files.writeString(root.resolve(MANIFEST), manifest.toString(), StandardCharsets.UTF_8);
    }

    private static void zipTree(Path root, Path zipFile) throws IOException {
        Files.createDirectories(zipFile.getParent());
        Path partial = zipFile.resolveSibling(zipFile.getFileName() + ".partial");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream raw = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(raw, StandardCharsets.UTF_8)) {
            for (Path file : files) {
                zip.putNextEntry(new ZipEntry(root.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, zipFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.findAny().isEmpty();
        } catch (IOException e) {
            throw new UserFacingException(e, "evidence.binder.failed", dir, FileStore.describe(e));
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
