package com.creditdesk.logic.evidence;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * AES-256-GCM in segments of 64 KB, so a 1 GB file is encrypted and decrypted in constant memory
 * (a single GCM message would have to be held whole before its tag is checked). Each segment has
 * its own tag; the nonce is a random file prefix plus the segment number, and the last segment is
 * marked in its associated data, so segments can be neither reordered nor cut off unnoticed.
 * Layout: "CDE1", 8-byte prefix, then segments of ciphertext + 16-byte tag.
 */
final class SegmentedAesGcm implements FileCipher {

    static final byte[] MAGIC = "CDE1".getBytes(StandardCharsets.US_ASCII);
    static final int SEGMENT = 64 * 1024;
    private static final int TAG = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    SegmentedAesGcm(SecretKey key) {
        this.key = key;
    }

    @Override
    public OutputStream encrypting(OutputStream out) throws IOException {
        byte[] prefix = new byte[8];
        RANDOM.nextBytes(prefix);
        out.write(MAGIC);
        out.write(prefix);
        return new FilterOutputStream(out) {
            private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(SEGMENT);
            private int index;
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                while (len > 0) {
                    if (buffer.size() == SEGMENT) {
                        emit(false); // more follows: this one is not the last
                    }
                    int n = Math.min(len, SEGMENT - buffer.size());
                    buffer.write(b, off, n);
                    off += n;
                    len -= n;
                }
            }

            private void emit(boolean last) throws IOException {
                out.write(crypt(Cipher.ENCRYPT_MODE, prefix, index++, last, buffer.toByteArray()));
                buffer.reset();
            }

            @Override
            public void flush() throws IOException {
                out.flush(); // the open segment is written at close, when it is known to be the last
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    emit(true);
                    out.close();
                }
            }
        };
    }

    @Override
    public InputStream decrypting(InputStream in) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length);
        byte[] prefix = in.readNBytes(8);
        if (!Arrays.equals(magic, MAGIC) || prefix.length != 8) {
            throw new IOException("not an encrypted evidence file");
        }
        return new InputStream() {
            private byte[] plain = new byte[0];
            private int pos;
            private int index;
            private boolean done;
            private byte[] next = in.readNBytes(SEGMENT + TAG);

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                while (pos == plain.length) {
                    if (done) {
                        return -1;
                    }
                    byte[] current = next;
                    next = in.readNBytes(SEGMENT + TAG);
                    boolean last = next.length == 0;
                    plain = crypt(Cipher.DECRYPT_MODE, prefix, index++, last, current);
                    pos = 0;
                    done = last;
                }
                int n = Math.min(len, plain.length - pos);
                System.arraycopy(plain, pos, b, off, n);
                pos += n;
                return n;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    private byte[] crypt(int mode, byte[] prefix, int index, boolean last, byte[] data) throws IOException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt(index).array();
            cipher.init(mode, key, new GCMParameterSpec(TAG * 8, nonce));
            cipher.updateAAD(new byte[]{(byte) (last ? 1 : 0)});
            return cipher.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IOException("encrypted evidence file damaged or wrong password (segment " + index + ")", e);
        }
    }
}
