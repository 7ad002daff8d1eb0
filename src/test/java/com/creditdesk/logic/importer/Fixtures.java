package com.creditdesk.logic.importer;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The ten import fixtures shipped under src/test/resources/fixtures with their oracle. */
final class Fixtures {

    static final List<String> ALL = List.of(
            "xingtai-2019-tasks.docx", "xingtai-2019-tasks.xlsx", "xingtai-2019-unit-duties.xlsx",
            "xingtai-2021-plan.docx", "puyang-2021-basic.docx", "puyang-2021-scored.xlsx",
            "quzhou-hard-indicators.xlsx", "quzhou-assessment-tasks.docx", "zoucheng-2022-duties.xlsx",
            "zoucheng-2022-duties.xls");

    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
