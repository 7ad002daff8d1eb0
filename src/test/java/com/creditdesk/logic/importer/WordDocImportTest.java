package com.creditdesk.logic.importer;

import com.creditdesk.model.importer.ImportOptions;
import com.creditdesk.model.importer.ImportPreview;
import com.creditdesk.model.importer.ImportedNode;
import com.creditdesk.model.importer.RowKind;
import com.creditdesk.model.importer.TableKind;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A Word 97 (.doc) notice, read with POI's HWPF, gives the same ledger as its .docx twin. */
class WordDocImportTest {

    private static List<String> flatten(List<ImportedNode> nodes) {
        List<String> out = new ArrayList<>();
        for (ImportedNode node : nodes) {
            out.add(node.kind() + "|" + node.seqLabel() + "|" + node.title() + "|" + node.deliverable() + "|"
                    + node.unitsText() + "|" + node.deadlineText());
            out.addAll(flatten(node.children()));
        }
        return out;
    }

    @Test
    void docAndDocxGiveTheSameTaskTree() throws Exception {
        Path doc = Path.of(WordDocImportTest.class.getResource("/fixtures-generated/xingtai-2019-tasks.doc").toURI());
        ImportPreview fromDoc = new NoticeImporter().preview(doc, ImportOptions.defaults());
        ImportPreview fromDocx = new NoticeImporter().preview(Fixtures.path("xingtai-2019-tasks.docx"), ImportOptions.defaults());

        assertEquals(1, fromDoc.tables().size());
        assertEquals(TableKind.TASK_LEDGER, fromDoc.tables().get(0).kind());
        assertTrue(fromDoc.tables().get(0).kinds().contains(RowKind.REPHEAD), "repeated headers recognised");
        assertEquals(flatten(fromDocx.tasks()), flatten(fromDoc.tasks()));
    }
}
