package com.creditdesk.model.importer;

import java.util.List;

/**
 * Everything an import would write, for the coordinator to check first: the tables as understood,
 * the task tree ({@code tasks}: sections → tasks → milestones, from ledger tables, unit duty lists
 * and the body text), the indicators, the distinct unit names met (in order of first mention) and
 * the warnings.
 */
public record ImportPreview(String fileName, List<String> titleParagraphs, List<ClassifiedTable> tables,
                            List<ImportedNode> tasks, List<ImportedIndicator> indicators, List<String> units,
                            List<ImportWarning> warnings) {

    public ImportPreview {
        titleParagraphs = List.copyOf(titleParagraphs);
        tables = List.copyOf(tables);
        tasks = List.copyOf(tasks);
        indicators = List.copyOf(indicators);
        units = List.copyOf(units);
        warnings = List.copyOf(warnings);
    }
}
