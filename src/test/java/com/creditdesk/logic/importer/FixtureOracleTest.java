package com.creditdesk.logic.importer;

import com.creditdesk.model.importer.ClassifiedTable;
import com.creditdesk.model.importer.ImportOptions;
import com.creditdesk.model.importer.ImportWarning;
import com.creditdesk.model.importer.RowKind;
import com.creditdesk.model.importer.SourceDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reader and classifier reproduce expected/<fixture>.json cell by cell, merge by merge, row kind by row kind. */
class FixtureOracleTest {

    static final List<String> FIXTURES = Fixtures.ALL;

    @ParameterizedTest
    @FieldSource("FIXTURES")
    void reproducesOracle(String fixture) throws IOException {
        JsonNode oracle = new ObjectMapper().readTree(Fixtures.path("expected/" + fixture + ".json").toFile())
                .get("expected");
        List<JsonNode> expectedTables = new ArrayList<>();
        if (oracle.isArray()) {
            oracle.forEach(expectedTables::add);
        } else {
            expectedTables.add(oracle);
        }
        SourceDocument document = new NoticeReader(ImportOptions.DEFAULT_MAX_FILE_BYTES).read(Fixtures.path(fixture));
        assertEquals(expectedTables.size(), document.tables().size(), "tables in " + fixture);
        List<ImportWarning> warnings = new ArrayList<>();
        for (int t = 0; t < expectedTables.size(); t++) {
            JsonNode expected = expectedTables.get(t);
            ClassifiedTable table = new TableClassifier().classify(t, document.tables().get(t), ImportOptions.defaults(), warnings);
            String where = fixture + " table " + t;
            JsonNode cells = expected.get("cells");
            assertEquals(cells.size(), table.cells().size(), where + " rows");
            for (int r = 0; r < cells.size(); r++) {
                assertEquals(cells.get(r).size(), table.cells().get(r).size(), where + " width of row " + r);
                for (int c = 0; c < cells.get(r).size(); c++) {
                    JsonNode cell = cells.get(r).get(c);
                    assertEquals(cell.isNull() ? null : cell.asText(), table.cells().get(r).get(c),
                            where + " cell " + r + "," + c);
                }
            }
            List<List<Integer>> expectedMerges = new ArrayList<>();
            expected.get("merges").forEach(m -> expectedMerges.add(
                    List.of(m.get(0).asInt(), m.get(1).asInt(), m.get(2).asInt(), m.get(3).asInt())));
            assertEquals(expectedMerges, table.merges().stream().map(m -> m.asList()).toList(), where + " merges");
            List<String> expectedKinds = new ArrayList<>();
            expected.get("kinds").forEach(k -> expectedKinds.add(k.asText()));
            assertEquals(expectedKinds, table.kinds().stream().map(RowKind::word).toList(), where + " kinds");
        }
    }
}
