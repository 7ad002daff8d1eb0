package com.creditdesk.model.importer;

import java.util.List;

/**
 * A notice read into a neutral form, whatever its file format: the leading title paragraphs,
 * every non-empty body paragraph outside tables in order, and every table.
 */
public record SourceDocument(String fileName, List<String> titleParagraphs, List<String> bodyParagraphs,
                             List<RawTable> tables) {

    public SourceDocument {
        titleParagraphs = List.copyOf(titleParagraphs);
        bodyParagraphs = List.copyOf(bodyParagraphs);
        tables = List.copyOf(tables);
    }
}
