package com.creditdesk.logic.evidence;

import com.creditdesk.logic.Hashing;
import com.creditdesk.logic.UserFacingException;
import com.creditdesk.model.evidence.CopyProgress;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Hashes and counts what is read through it, tells the progress, and stops with the size-limit
 * message as soon as more than {@code maxBytes} came through: whoever reads (a digest loop, a
 * JDBC driver) never gets more than the limit.
 */
final class MeteredInputStream extends FilterInputStream {

    private final MessageDigest digest = Hashing.sha256();
    private final long expectedSize;
    private final long maxBytes;
    private final String shownAs;
    private final CopyProgress progress;
    private long count;

    MeteredInputStream(InputStream in, long expectedSize, long maxBytes, String shownAs, CopyProgress progress) {
        super(in);
        this.expectedSize = expectedSize;
        this.maxBytes = maxBytes;
        this.shownAs = shownAs;
        this.progress = progress;
        progress.update(0, expectedSize);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count += n;
            if (count > maxBytes) {
                throw new UserFacingException("evidence.error.tooLarge", shownAs, Sizes.human(count), Sizes.human(maxBytes));
            }
            digest.update(buffer, offset, n);
            progress.update(count, expectedSize);
        }
        return n;
    }

    @Override
    public long skip(long n) {
        return 0; // every byte must be hashed
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    long count() {
        return count;
    }

    /** The SHA-256 of what was read so far (call once, at the end). */
    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
