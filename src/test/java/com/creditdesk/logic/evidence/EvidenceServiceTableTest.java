package com.creditdesk.logic.evidence;

import java.nio.file.Path;

/** Every evidence service test again, with the contents in the database's file_content table (a server database). */
class EvidenceServiceTableTest extends EvidenceServiceTest {

    @Override
    EvidenceFixture fixture(Path dir) {
        return EvidenceFixture.inTable(dir);
    }
}
