package com.creditdesk.logic.importer;

import com.creditdesk.model.importer.ColumnRole;
import com.creditdesk.model.importer.ImportedNode;
import com.creditdesk.model.importer.RowKind;
import com.creditdesk.model.importer.SourceRef;
import com.creditdesk.model.importer.TableKind;
import com.creditdesk.model.importer.UnitSplit;
import com.creditdesk.model.ledger.NodeKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the task tree from a task ledger or a unit duty list: section rows open sections; a row
 * whose 序号 (or task) cell is covered by a merge from the row above continues the task above, and
 * a task over several rows gets one milestone per row (成果形式 with its own 完成时限).
 */
final class TaskTreeBuilder {

    List<ImportedNode> build(TableReading reading) {
        reading.reportDuplicates();
        var table = reading.table();
        List<ImportedNode> top = new ArrayList<>();
        List<Integer> group = new ArrayList<>();
        int keyColumn = table.kind() == TableKind.UNIT_DUTY_LIST || table.columnOf(ColumnRole.SEQ) < 0
                ? table.columnOf(ColumnRole.TASK) : table.columnOf(ColumnRole.SEQ);
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> groupSections = new ArrayList<>();
        List<ImportedNode> sections = new ArrayList<>();
        for (int r = 0; r < table.cells().size(); r++) {
            if (table.kinds().get(r) == RowKind.SECT) {
                sections.add(sectionNode(reading, r));
                continue;
            }
            if (!reading.isData(r)) {
                continue;
            }
            boolean continues = keyColumn >= 0 && table.cells().get(r).get(keyColumn) == null && !group.isEmpty()
                    && table.kind() != TableKind.UNIT_DUTY_LIST;
            if (!continues) {
                group = new ArrayList<>();
                groups.add(group);
                groupSections.add(sections.size() - 1);
            }
            group.add(r);
        }
        for (int g = 0; g < groups.size(); g++) {
            ImportedNode task = taskNode(reading, groups.get(g));
            int s = groupSections.get(g);
            if (s < 0) {
                top.add(task);
            } else {
                sections.set(s, withChild(sections.get(s), task));
            }
        }
        // Sections keep their place before tasks that come after them; tasks before any section stay on top.
        List<ImportedNode> result = new ArrayList<>(top);
        result.addAll(sections);
        return result;
    }

    private static ImportedNode sectionNode(TableReading reading, int row) {
        String text = reading.table().cells().get(row).get(0);
        return new ImportedNode(NodeKind.SECTION, SeqLabels.leadingLabel(text), text, null, null, null, null,
                UnitSplit.empty(null), new SourceRef(reading.table().index(), row), List.of());
    }

    private static ImportedNode withChild(ImportedNode node, ImportedNode child) {
        List<ImportedNode> children = new ArrayList<>(node.children());
        children.add(child);
        return new ImportedNode(node.kind(), node.seqLabel(), node.title(), node.content(), node.deliverable(),
                node.unitsText(), node.deadlineText(), node.units(), node.source(), children);
    }

    private static ImportedNode taskNode(TableReading reading, List<Integer> rows) {
        int first = rows.get(0);
        String seq = reading.value(first, ColumnRole.SEQ);
        String title = reading.joined(first, ColumnRole.TASK);
        String content = reading.joined(first, ColumnRole.CONTENT);
        if (title == null && content != null) {
            title = content.lines().findFirst().orElse(content);
        }
        SourceRef source = new SourceRef(reading.table().index(), first);
        if (rows.size() == 1) {
            String units = reading.joined(first, ColumnRole.RESPONSIBLE);
            return new ImportedNode(NodeKind.TASK, seq, title, content, reading.joined(first, ColumnRole.DELIVERABLE),
                    units, reading.joined(first, ColumnRole.DEADLINE), reading.units(first, units), source, List.of());
        }
        List<ImportedNode> milestones = new ArrayList<>();
        Set<String> unitTexts = new LinkedHashSet<>();
        for (int r : rows) {
            String units = reading.joined(r, ColumnRole.RESPONSIBLE);
            if (units != null) {
                unitTexts.add(units);
            }
            milestones.add(new ImportedNode(NodeKind.MILESTONE, null, null, null, reading.joined(r, ColumnRole.DELIVERABLE),
                    units, reading.joined(r, ColumnRole.DEADLINE), reading.units(r, units),
                    new SourceRef(reading.table().index(), r), List.of()));
        }
        String units = unitTexts.isEmpty() ? null : String.join("\n", unitTexts);
        return new ImportedNode(NodeKind.TASK, seq, title, content, null, units, null, reading.units(first, units),
                source, milestones);
    }
}
