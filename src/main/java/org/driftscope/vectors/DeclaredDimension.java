package org.driftscope.vectors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The dimension a vector file's header declares, checked against the file before anything is allocated
 * for a row of it: a damaged or hostile header ("1 2000000000") must give a clear error, not exhaust
 * the heap.
 */
final class DeclaredDimension {
    /** Far above any published word vectors (a few hundred to a few thousand dimensions). */
    static final int MAX = 100_000;
    /** Deflate expands by at most about 1,032:1, so a gzip file of s bytes holds at most 1,032 s. */
    private static final long GZIP_RATIO = 1032;

    private DeclaredDimension() {}

    /**
     * What is wrong with the header's dimension, or null when a file of this size could hold it.
     *
     * @param token the header's second field, all digits
     * @param bytesPerValue the fewest bytes one value takes: 4 in binary, 2 ("0 ") in text
     */
    static String problem(Path file, String token, int bytesPerValue) throws IOException {
        long dimension = Long.parseLong(token);
        if (dimension == 0) {
            return "the header says 0 dimensions";
        }
        if (dimension > MAX) {
            return String.format(
                    Locale.ROOT,
                    "the header says %,d dimensions, more than the %,d Driftscope reads (word vectors have a"
                            + " few hundred); is the header damaged?",
                    dimension,
                    MAX);
        }
        long size = Files.size(file);
        boolean gzip = isGzip(file);
        long room = gzip ? size * GZIP_RATIO : size;
        if (dimension * bytesPerValue > room) {
            return String.format(
                    Locale.ROOT,
                    "the header says %,d dimensions, so one vector takes at least %,d bytes, but the file holds"
                            + " %s%,d bytes; is the header damaged or the file cut short?",
                    dimension,
                    dimension * bytesPerValue,
                    gzip ? "at most " : "",
                    room);
        }
        return null;
    }

    private static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }
}
