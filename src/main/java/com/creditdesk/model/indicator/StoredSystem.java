package com.creditdesk.model.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An indicator system kept in the database (imported, created in the app, or copied from a
 * built-in one), as its rows: top-level nodes are categories or indicators without a category.
 * {@code builtin} rows are read-only.
 */
public record StoredSystem(long id, String code, String name, String source, BigDecimal totalPoints,
                           BigDecimal bonusCap, boolean builtin, String note, List<StoredNode> nodes,
                           List<InputSpec> inputs, List<DerivedInput> derived) {

    public StoredSystem {
        nodes = List.copyOf(nodes);
        inputs = List.copyOf(inputs);
        derived = derived == null ? List.of() : List.copyOf(derived);
    }

    /** Every node, depth first. */
    public List<StoredNode> allNodes() {
        List<StoredNode> all = new ArrayList<>();
        collect(nodes, all);
        return all;
    }

    private static void collect(List<StoredNode> nodes, List<StoredNode> into) {
        for (StoredNode node : nodes) {
            into.add(node);
            collect(node.children(), into);
        }
    }

    public Optional<StoredNode> node(long nodeId) {
        return allNodes().stream().filter(node -> node.id() == nodeId).findFirst();
    }
}
