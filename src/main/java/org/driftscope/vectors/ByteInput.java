package org.driftscope.vectors;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A large reusable byte buffer over a stream, with the offset of every byte, for parsers that look at
 * bytes in place. Lines stay valid until the next call that reads.
 */
final class ByteInput implements Closeable {
    private static final int MAX_LINE = 1 << 26;

    private final InputStream in;
    private byte[] buf;
    private int pos;
    private int limit;
    /** Stream offset of {@code buf[0]}. */
    private long base;

    private boolean eof;

    ByteInput(InputStream in, int bufferSize) {
        this.in = in;
        this.buf = new byte[bufferSize];
    }

    byte[] buffer() {
        return buf;
    }

    /** Offset in the (decompressed) stream of the next unread byte. */
    long offset() {
        return base + pos;
    }

    /**
     * Finds the next line; returns its end index in {@link #buffer()} (exclusive, before '\n'), with the
     * start at {@link #lineStart()}, or -1 at the end of the input. A last line without '\n' counts.
     */
    int nextLine() throws IOException {
        int scanned = 0;
        while (true) {
            for (int i = pos + scanned; i < limit; i++) {
                if (buf[i] == '\n') {
                    lineStart = pos;
                    pos = i + 1;
                    return i;
                }
            }
            scanned = limit - pos;
            if (eof) {
                if (scanned == 0) {
                    return -1;
                }
                lineStart = pos;
                pos = limit;
                return limit;
            }
            if (scanned >= MAX_LINE) {
                throw new IOException("a line longer than " + MAX_LINE + " bytes");
            }
            fill(scanned + 1);
        }
    }

    private int lineStart;

    int lineStart() {
        return lineStart;
    }

    /** Makes at least {@code n} unread bytes available if the input has them; false at the end. */
    boolean ensure(int n) throws IOException {
        while (limit - pos < n) {
            if (eof) {
                return false;
            }
            fill(n);
        }
        return true;
    }

    int position() {
        return pos;
    }

    void advance(int n) {
        pos += n;
    }

    int available() {
        return limit - pos;
    }

    /** Moves unread bytes to the front, grows the buffer if needed, and reads more. */
    private boolean fill(int wanted) throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            base += pos;
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length || wanted > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, wanted));
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
