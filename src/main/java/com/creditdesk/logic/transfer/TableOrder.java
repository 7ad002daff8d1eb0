package com.creditdesk.logic.transfer;

import com.creditdesk.logic.db.generated.DefaultSchema;
import org.jooq.ForeignKey;
import org.jooq.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The application's tables (from the generated jOOQ schema, so a new migration's tables are
 * included without a list to keep) in foreign-key order: every table after the tables it refers
 * to. References of a table to itself (task.parent_id) are left to the row order.
 */
final class TableOrder {

    private TableOrder() {
    }

    static List<Table<?>> parentsFirst() {
        List<Table<?>> tables = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables());
        tables.sort(Comparator.comparing(Table::getName)); // stable, whatever the generator's order
        Set<Table<?>> ordered = new LinkedHashSet<>();
        for (Table<?> table : tables) {
            visit(table, ordered, new LinkedHashSet<>());
        }
        return List.copyOf(ordered);
    }

    private static void visit(Table<?> table, Set<Table<?>> ordered, Set<Table<?>> path) {
        if (ordered.contains(table) || !path.add(table)) {
            return; // done, or a cycle through other tables (none in this schema): keep going
        }
        for (ForeignKey<?, ?> reference : table.getReferences()) {
            Table<?> parent = reference.getKey().getTable();
            if (!parent.equals(table)) {
                visit(parent, ordered, path);
            }
        }
        ordered.add(table);
    }

    /** The single-column reference of a table to itself (e.g. TASK.PARENT_ID), if any. */
    static List<ForeignKey<?, ?>> selfReferences(Table<?> table) {
        return table.getReferences().stream()
                .filter(fk -> fk.getKey().getTable().equals(table) && fk.getFields().size() == 1)
                .<ForeignKey<?, ?>>map(fk -> fk)
                .toList();
    }
}
