package com.creditdesk.logic.evidence;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.model.evidence.CopyProgress;
import com.creditdesk.model.evidence.IntegrityProblem;
import com.creditdesk.model.evidence.IntegrityProblem.Kind;
import com.creditdesk.model.evidence.IntegrityReport;
import org.jooq.DSLContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_ITEM_FILE;
import static com.creditdesk.logic.db.generated.Tables.EVIDENCE_REQUIREMENT;
import static com.creditdesk.logic.db.generated.Tables.STORED_FILE;

/**
 * Re-hashes every stored file and compares it with its row; lists files no row refers to (left by
 * an interrupted attach or a crash) and rows that refer to nothing. Orphans can be removed. The
 * same for a store in the database's file_content table (an orphan there is a content row).
 */
public final class IntegrityChecker {

    private final DSLContext dsl;
    private final FileStore store;

    public IntegrityChecker(DSLContext dsl, FileStore store) {
        this.dsl = dsl;
        this.store = store;
    }

    public IntegrityReport check() {
        return check(CopyProgress.NONE);
    }

    /** {@code progress} is told the bytes re-hashed so far out of the total stored. */
    public IntegrityReport check(CopyProgress progress) {
        List<IntegrityProblem> problems = new ArrayList<>();
        var rows = dsl.selectFrom(STORED_FILE).orderBy(STORED_FILE.ID).fetch();
        long total = rows.stream().mapToLong(r -> r.getSizeBytes()).sum();
        long done = 0;
        Set<String> known = new HashSet<>();
        for (var row : rows) {
            String sha = row.getSha256();
            known.add(sha);
            String shown = row.getOriginalName() + " (" + sha + ")";
            String where = store.location(sha);
            if (!store.contains(sha)) {
                problems.add(new IntegrityProblem(Kind.FILE_MISSING, shown, where));
                continue;
            }
            try {
                String now = store.rehash(sha, row.getEncrypted());
                if (!now.equals(sha)) {
                    problems.add(new IntegrityProblem(Kind.FILE_CHANGED, shown, where + " → " + now));
                }
            } catch (IOException e) {
                problems.add(new IntegrityProblem(Kind.FILE_UNREADABLE, shown, FileStore.describe(e)));
            } catch (UserFacingException e) {
                problems.add(new IntegrityProblem(Kind.FILE_UNREADABLE, shown, e.key()));
            }
            done += row.getSizeBytes();
            progress.update(done, total);
        }
        FileStore.Listing listing;
        try {
            listing = store.list();
        } catch (IOException e) {
            throw new UserFacingException(e, "evidence.error.storeUnreadable", store.location(), FileStore.describe(e));
        }
        for (String sha : listing.hashes()) {
            if (!known.contains(sha)) {
                problems.add(new IntegrityProblem(Kind.ORPHAN_FILE, sha, store.location(sha)));
            }
        }
        for (Path stray : listing.strays()) {
            boolean temp = stray.getFileName().toString().startsWith(FileStore.TEMP_PREFIX);
            problems.add(new IntegrityProblem(temp ? Kind.TEMP_FILE : Kind.ORPHAN_FILE,
                    store.root().relativize(stray).toString().replace('\\', '/'), stray.toString()));
        }
        checkRows(problems);
        return new IntegrityReport(rows.size(), problems);
    }

    /** Rows that point nowhere (the foreign keys prevent them; a database edited by hand may still have them). */
    private void checkRows(List<IntegrityProblem> problems) {
        dsl.select(EVIDENCE_ITEM_FILE.ITEM_ID, EVIDENCE_ITEM_FILE.FILE_ID).from(EVIDENCE_ITEM_FILE)
                .leftJoin(STORED_FILE).on(STORED_FILE.ID.eq(EVIDENCE_ITEM_FILE.FILE_ID))
                .where(STORED_FILE.ID.isNull())
                .forEach(r -> problems.add(new IntegrityProblem(Kind.ITEM_FILE_MISSING_ROW, String.valueOf(r.value1()),
                        "stored_file " + r.value2())));
        dsl.select(EVIDENCE_ITEM.ID, EVIDENCE_ITEM.REQUIREMENT_ID).from(EVIDENCE_ITEM)
                .leftJoin(EVIDENCE_REQUIREMENT).on(EVIDENCE_REQUIREMENT.ID.eq(EVIDENCE_ITEM.REQUIREMENT_ID))
                .where(EVIDENCE_REQUIREMENT.ID.isNull())
                .forEach(r -> problems.add(new IntegrityProblem(Kind.ITEM_WITHOUT_REQUIREMENT, String.valueOf(r.value1()),
                        "evidence_requirement " + r.value2())));
        dsl.select(EVIDENCE_REQUIREMENT.ID).from(EVIDENCE_REQUIREMENT)
                .where(EVIDENCE_REQUIREMENT.INDICATOR_ID.isNull().and(EVIDENCE_REQUIREMENT.TASK_ID.isNull()))
                .forEach(r -> problems.add(new IntegrityProblem(Kind.REQUIREMENT_WITHOUT_OWNER, String.valueOf(r.value1()), "")));
    }

    /**
     * Deletes the orphan and temporary files of {@code report} (re-checked first: only files still
     * without a row are removed). Returns how many were deleted.
     */
    public int removeOrphans(IntegrityReport report) {
        int removed = 0;
        Set<String> known = new HashSet<>(dsl.select(STORED_FILE.SHA256).from(STORED_FILE).fetch(STORED_FILE.SHA256));
        for (IntegrityProblem problem : report.problems()) {
            if (problem.kind() != Kind.ORPHAN_FILE && problem.kind() != Kind.TEMP_FILE) {
                continue;
            }
            if (store.inDatabase()) {
                removed += removeContent(problem.subject(), known);
                continue;
            }
            Path path = Path.of(problem.detail());
            if (!path.toAbsolutePath().normalize().startsWith(store.root()) || known.contains(path.getFileName().toString())) {
                continue;
            }
            try {
                if (Files.deleteIfExists(path)) {
                    removed++;
                }
            } catch (IOException e) {
                throw new UserFacingException(e, "evidence.error.deleteFailed", path, FileStore.describe(e));
            }
        }
        return removed;
    }

    /** An orphan content row of the database store (its subject is its hash). */
    private int removeContent(String sha256, Set<String> known) {
        if (known.contains(sha256) || !store.contains(sha256)) {
            return 0;
        }
        try {
            store.delete(sha256);
            return 1;
        } catch (IOException e) {
            throw new UserFacingException(e, "evidence.error.deleteFailed", store.location(sha256), FileStore.describe(e));
        }
    }
}
