package org.driftscope.vectors;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a set of vectors came from, carried along so every export can say what it was computed on.
 *
 * @param path the file read, or {@code null} for vectors made in memory
 * @param format how the file was parsed
 * @param rowsRead rows the file held
 * @param rowsKept rows kept (a filtered load keeps only the words asked for)
 * @param duplicates rows skipped because their word had already appeared
 */
public record VectorSource(Path path, VectorFormat format, long rowsRead, long rowsKept, long duplicates) {
    public VectorSource {
        Objects.requireNonNull(format, "format");
        if (rowsRead < 0 || rowsKept < 0 || duplicates < 0) {
            throw new IllegalArgumentException("row counts must not be negative");
        }
    }

    /** For vectors built in memory (tests, training output). */
    public static VectorSource inMemory(long rows) {
        return new VectorSource(null, VectorFormat.WORD2VEC_TEXT, rows, rows, 0);
    }
}
