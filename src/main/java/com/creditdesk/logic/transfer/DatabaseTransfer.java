package com.creditdesk.logic.transfer;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.db.Database;
import com.creditdesk.logic.files.ContentStore;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Identity;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static com.creditdesk.logic.db.generated.Tables.FILE_CONTENT;
import static com.creditdesk.logic.db.generated.Tables.STORED_FILE;

/**
 * Moves a whole database to another one (embedded H2 file ↔ PostgreSQL server): every row of every
 * table in foreign-key order, in batches, inside one transaction of the target; then the evidence
 * files. Verified before it reports success: the row count of every table, and the SHA-256 of every
 * file as read back from the target. Identity columns continue after the copied ids.
 */
public final class DatabaseTransfer {

    private static final int BATCH = 500;

    /** Copies {@code source} into {@code target}; a target with data is refused unless {@code replace}. */
    public TransferReport copy(Database source, Database target, boolean replace) {
        List<Table<?>> tables = TableOrder.parentsFirst().stream().filter(t -> !t.equals(FILE_CONTENT)).toList();
        Map<String, Long> rows = new LinkedHashMap<>();
        target.dsl().transaction(targetTx -> {
            DSLContext to = DSL.using(targetTx);
            prepare(to, tables, replace, target.description());
            // A transaction on the source too: PostgreSQL streams (fetch size) only inside one.
            source.dsl().transaction(sourceTx -> {
                DSLContext from = DSL.using(sourceTx);
                for (Table<?> table : tables) {
                    long expected = from.fetchCount(table);
                    copyTable(from, to, table);
                    long copied = to.fetchCount(table);
                    if (copied != expected) {
                        throw new UserFacingException("error.migrate.countMismatch", name(table), expected, copied);
                    }
                    rows.put(name(table), copied);
                }
            });
            for (Table<?> table : tables) {
                continueIdentity(to, table);
            }
        });
        long[] bytes = {0};
        Set<String> encrypted = new HashSet<>(source.dsl().select(STORED_FILE.SHA256).from(STORED_FILE)
                .where(STORED_FILE.ENCRYPTED.isTrue()).fetch(STORED_FILE.SHA256));
        List<String> files = copyFiles(ContentStore.of(source), ContentStore.of(target), encrypted, bytes);
        return new TransferReport(source.description(), target.description(), rows, files.size(), bytes[0]);
    }

    private static String name(Table<?> table) {
        return table.getName().toLowerCase(Locale.ROOT);
    }

    private static void prepare(DSLContext to, List<Table<?>> tables, boolean replace, String description) {
        for (Table<?> table : tables) {
            if (to.fetchExists(table) && !replace) {
                throw new UserFacingException("error.migrate.targetNotEmpty", description, name(table));
            }
        }
        if (replace) {
            for (int i = tables.size() - 1; i >= 0; i--) {
                to.deleteFrom(tables.get(i)).execute();
            }
        }
    }

    /**
     * Rows in primary-key order; a row whose parent (same table) is not copied yet waits until it
     * is, so the self-reference holds at every insert without disabling constraints.
     */
    private static <R extends Record> void copyTable(DSLContext from, DSLContext to, Table<R> table) {
        List<ForeignKey<?, ?>> selfReferences = TableOrder.selfReferences(table);
        Set<Object> copiedKeys = new HashSet<>();
        List<R> batch = new ArrayList<>(BATCH);
        List<R> waiting = new ArrayList<>();
        try (Cursor<R> cursor = from.selectFrom(table).orderBy(primaryKeyOrder(table)).fetchSize(BATCH).fetchLazy()) {
            for (R record : cursor) {
                if (parentsCopied(record, selfReferences, copiedKeys)) {
                    batch.add(record);
                    remember(record, selfReferences, copiedKeys);
                    if (batch.size() == BATCH) {
                        insert(to, table, batch);
                    }
                } else {
                    waiting.add(record);
                }
            }
        }
        boolean progress = true;
        while (!waiting.isEmpty() && progress) {
            progress = false;
            for (Iterator<R> it = waiting.iterator(); it.hasNext(); ) {
                R record = it.next();
                if (parentsCopied(record, selfReferences, copiedKeys)) {
                    batch.add(record);
                    remember(record, selfReferences, copiedKeys);
                    it.remove();
                    progress = true;
                }
            }
            insert(to, table, batch);
        }
        insert(to, table, batch);
        if (!waiting.isEmpty()) {
            throw new UserFacingException("error.migrate.countMismatch", name(table), waiting.size(), 0);
        }
    }

    private static SortField<?>[] primaryKeyOrder(Table<?> table) {
        List<? extends Field<?>> fields = table.getPrimaryKey() != null ? table.getPrimaryKey().getFields() : List.of(table.fields());
        return fields.stream().map(Field::asc).toArray(SortField[]::new);
    }

    private static boolean parentsCopied(Record record, List<ForeignKey<?, ?>> selfReferences, Set<Object> copiedKeys) {
        for (ForeignKey<?, ?> reference : selfReferences) {
            Object parent = record.get(reference.getFields().get(0));
            if (parent != null && !copiedKeys.contains(parent)) {
                return false;
            }
        }
        return true;
    }

    private static void remember(Record record, List<ForeignKey<?, ?>> selfReferences, Set<Object> copiedKeys) {
        for (ForeignKey<?, ?> reference : selfReferences) {
            copiedKeys.add(record.get(reference.getKeyFields().get(0)));
        }
    }

    private static <R extends Record> void insert(DSLContext to, Table<R> table, List<R> batch) {
        if (!batch.isEmpty()) {
            to.insertInto(table, table.fields()).valuesOfRecords(batch).execute();
            batch.clear();
        }
    }

    /**
     * Makes the identity column continue after the highest copied id: rows were inserted with
     * their ids, which neither H2 nor PostgreSQL counts for the identity. jOOQ has no DSL for
     * restarting an identity column; this one statement is the same on H2 and PostgreSQL.
     */
    private static void continueIdentity(DSLContext to, Table<?> table) {
        Identity<?, ?> identity = table.getIdentity();
        if (identity == null) {
            return;
        }
        Field<?> id = identity.getField();
        Object highest = to.select(DSL.max(id)).from(table).fetchOne(0);
        if (highest instanceof Number number) {
            to.query("ALTER TABLE {0} ALTER COLUMN {1} RESTART WITH {2}", table, DSL.name(id.getName()),
                    DSL.inline(number.longValue() + 1)).execute();
        }
    }

    /**
     * Copies every file as stored and reads each back from the target: a plain file must hash to its
     * name (a damaged one stops the move), and the target's bytes must hash like the source's.
     * Encrypted files (stored_file.encrypted) are named by their plain content, so only the second
     * check applies to them; they stay readable with the same database password.
     */
    private static List<String> copyFiles(ContentStore from, ContentStore to, Set<String> encrypted, long[] bytes) {
        List<String> names = from.list();
        Map<String, String> digests = new LinkedHashMap<>();
        for (String name : names) {
            byte[] content = from.read(name);
            String digest = ContentStore.sha256(content);
            if (!encrypted.contains(name) && !digest.equals(name)) {
                throw new UserFacingException("error.files.damaged", name, "");
            }
            to.write(name, content);
            digests.put(name, digest);
            bytes[0] += content.length;
        }
        Set<String> stored = new HashSet<>(to.list());
        for (String name : names) {
            if (!stored.contains(name) || !ContentStore.sha256(to.read(name)).equals(digests.get(name))) {
                throw new UserFacingException("error.files.damaged", name, "→");
            }
        }
        return names;
    }
}
