package com.creditdesk.logic.importer;

import com.creditdesk.model.importer.RawTable;
import com.creditdesk.model.importer.SourceDocument;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plain text (.txt/.tsv): lines with tabs form one table; the other lines are body paragraphs.
 * UTF-8, or GB18030 when the bytes are not UTF-8 (files saved by older Chinese Windows).
 */
final class TextTableReader {

    SourceDocument read(String fileName, byte[] bytes) {
        String text = decode(bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        GridBuilder grid = new GridBuilder();
        List<String> body = new ArrayList<>();
        List<String> above = new ArrayList<>();
        for (String line : text.split("\r?\n|\r")) {
            if (line.indexOf('\t') >= 0) {
                int row = grid.rowCount();
                List<String> cells = Arrays.asList(line.split("\t", -1));
                for (int c = 0; c < cells.size(); c++) {
                    grid.set(row, c, cells.get(c).strip());
                }
            } else if (!line.isBlank()) {
                body.add(line.strip());
                if (grid.rowCount() == 0) {
                    above.add(line.strip());
                }
            }
        }
        List<RawTable> tables = grid.rowCount() > 0 ? List.of(grid.build(DocxReader.titleAbove(above))) : List.of();
        return new SourceDocument(fileName, TitleLines.leading(body), body, tables);
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}
