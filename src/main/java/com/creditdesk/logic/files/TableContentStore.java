package com.creditdesk.logic.files;

import org.jooq.DSLContext;

import java.util.List;

import static com.creditdesk.logic.db.generated.Tables.FILE_CONTENT;

/** Files inside the database (table file_content): a server database shared by several PCs. */
public final class TableContentStore implements ContentStore {

    private final DSLContext dsl;

    public TableContentStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<String> list() {
        return dsl.select(FILE_CONTENT.SHA256).from(FILE_CONTENT).orderBy(FILE_CONTENT.SHA256).fetch(FILE_CONTENT.SHA256);
    }

    @Override
    public byte[] read(String sha256) {
        return dsl.select(FILE_CONTENT.CONTENT).from(FILE_CONTENT).where(FILE_CONTENT.SHA256.eq(sha256))
                .fetchOptional(FILE_CONTENT.CONTENT)
                .orElseThrow(() -> new com.creditdesk.logic.UserFacingException("error.files.missing", sha256));
    }

    @Override
    public void write(String sha256, byte[] content) {
        dsl.insertInto(FILE_CONTENT)
                .set(FILE_CONTENT.SHA256, sha256)
                .set(FILE_CONTENT.SIZE_BYTES, (long) content.length)
                .set(FILE_CONTENT.CONTENT, content)
                .onConflict(FILE_CONTENT.SHA256).doNothing()
                .execute();
    }
}
