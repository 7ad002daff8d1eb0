package com.creditdesk.logic.files;

import com.creditdesk.logic.UserFacingException;
import org.jooq.DSLContext;
import org.jooq.Query;

import java.io.InputStream;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.List;

import static com.creditdesk.logic.db.generated.Tables.FILE_CONTENT;

/**
 * Files inside the database (table file_content): a server database shared by several PCs. Given
 * a transaction's context, its writes and deletes belong to that transaction.
 */
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
                .orElseThrow(() -> new UserFacingException("error.files.missing", sha256));
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

    public boolean contains(String sha256) {
        return dsl.fetchExists(FILE_CONTENT, FILE_CONTENT.SHA256.eq(sha256));
    }

    /** Deletes the contents with these names (absent ones are ignored). */
    public void delete(Collection<String> hashes) {
        if (!hashes.isEmpty()) {
            dsl.deleteFrom(FILE_CONTENT).where(FILE_CONTENT.SHA256.in(hashes)).execute();
        }
    }

    /**
     * {@link #write} for a stream of {@code size} bytes, handed to the JDBC driver as a stream
     * (never held in memory whole here). jOOQ renders the statement; only the content parameter
     * is bound by hand, since jOOQ binds bytes as an array.
     */
    public void write(String sha256, long size, InputStream content) {
        byte[] placeholder = new byte[0];
        Query insert = dsl.insertInto(FILE_CONTENT)
                .set(FILE_CONTENT.SHA256, sha256)
                .set(FILE_CONTENT.SIZE_BYTES, size)
                .set(FILE_CONTENT.CONTENT, placeholder)
                .onConflict(FILE_CONTENT.SHA256).doNothing();
        String sql = insert.getSQL();
        List<Object> binds = insert.getBindValues();
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < binds.size(); i++) {
                    if (binds.get(i) instanceof byte[]) {
                        statement.setBinaryStream(i + 1, content, size);
                    } else {
                        statement.setObject(i + 1, binds.get(i));
                    }
                }
                statement.executeUpdate();
            }
        });
    }
}
