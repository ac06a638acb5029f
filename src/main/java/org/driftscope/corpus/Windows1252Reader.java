package org.driftscope.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;

/**
 * Windows-1252 as browsers read it (the WHATWG encoding standard): the five bytes the code page leaves
 * undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the control characters of the same number instead of
 * failing the whole file, and the reader counts them and remembers where the first one was.
 */
final class Windows1252Reader extends Reader {
    private static final char[] TABLE = table();

    private final InputStream in;
    private final byte[] bytes = new byte[1 << 14];
    private long offset;
    private long undefined;
    private long firstUndefined = -1;

    Windows1252Reader(InputStream in) {
        this.in = in;
    }

    private static char[] table() {
        var decoder = TextFiles.WINDOWS_1252
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] table = new char[256];
        for (int b = 0; b < 256; b++) {
            try {
                table[b] =
                        decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b})).get();
            } catch (java.nio.charset.CharacterCodingException e) {
                table[b] = 0; // undefined: marked, and mapped to (char) b as it is read
            }
            decoder.reset();
        }
        return table;
    }

    @Override
    public int read(char[] target, int from, int length) throws IOException {
        int n = in.read(bytes, 0, Math.min(length, bytes.length));
        if (n <= 0) {
            return n == 0 ? 0 : -1;
        }
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            char c = TABLE[b];
            if (c == 0 && b != 0) {
                c = (char) b;
                if (undefined++ == 0) {
                    firstUndefined = offset + i;
                }
            }
            target[from + i] = c;
        }
        offset += n;
        return n;
    }

    /** How many bytes Windows-1252 leaves undefined were read so far. */
    long undefined() {
        return undefined;
    }

    /** The byte offset of the first of them, or -1. */
    long firstUndefined() {
        return firstUndefined;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
