package com.creditdesk.logic.importer;

import com.creditdesk.logic.UserFacingException;
import com.creditdesk.logic.units.UnitCellSplitter;
import com.creditdesk.model.importer.ClassifiedTable;
import com.creditdesk.model.importer.ImportOptions;
import com.creditdesk.model.importer.ImportPreview;
import com.creditdesk.model.importer.ImportWarning;
import com.creditdesk.model.importer.ImportedIndicator;
import com.creditdesk.model.importer.ImportedNode;
import com.creditdesk.model.importer.SourceDocument;
import com.creditdesk.model.importer.TableKind;
import com.creditdesk.model.importer.UnitSplit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The importer without the database: reads a notice file, understands its tables and body text
 * and returns an {@link ImportPreview}. Thread-safe; failures are {@code UserFacingException}s.
 */
public final class NoticeImporter {

    public ImportPreview preview(Path file, ImportOptions options) {
        SourceDocument document = new NoticeReader(options.maxFileBytes()).read(file);
        return understand(document, options);
    }

    public ImportPreview understand(SourceDocument document, ImportOptions options) {
        UnitCellSplitter splitter = new UnitCellSplitter(options.firstUnitIsLead());
        List<ImportWarning> warnings = new ArrayList<>();
        List<ClassifiedTable> tables = new ArrayList<>();
        List<ImportedNode> tasks = new ArrayList<>(new BodyTaskParser(splitter).parse(document.bodyParagraphs()));
        List<ImportedIndicator> indicators = new ArrayList<>();
        TableClassifier classifier = new TableClassifier();
        for (int table : options.columnRoles().keySet()) {
            if (table < 0 || table >= document.tables().size()) {
                throw new UserFacingException("error.import.noSuchTable", document.fileName(), table + 1,
                        document.tables().size());
            }
        }
        for (int t = 0; t < document.tables().size(); t++) {
            ClassifiedTable table = classifier.classify(t, document.tables().get(t), options, warnings);
            tables.add(table);
            TableReading reading = new TableReading(table, splitter, warnings);
            if (table.kind() == TableKind.INDICATOR_TABLE) {
                indicators.addAll(new IndicatorBuilder().build(reading));
            } else {
                tasks.addAll(new TaskTreeBuilder().build(reading));
            }
        }
        Set<String> units = new LinkedHashSet<>();
        collectUnits(tasks, units);
        indicators.forEach(i -> units.addAll(i.units().units()));
        return new ImportPreview(document.fileName(), document.titleParagraphs(), tables, tasks, indicators,
                List.copyOf(units), warnings);
    }

    private static void collectUnits(List<ImportedNode> nodes, Set<String> units) {
        for (ImportedNode node : nodes) {
            UnitSplit split = node.units();
            if (split != null) {
                units.addAll(split.units());
            }
            collectUnits(node.children(), units);
        }
    }
}
