package org.driftscope.vectors;

import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * How to read a vector file.
 *
 * @param format the layout, or {@code null} to detect it
 * @param wanted keep only these words, or {@code null} for every row
 * @param ignoreCase when a wanted word is not in the file as spelled, take the first row that matches
 *     it ignoring case (stored under the wanted spelling)
 * @param progress told of bytes read (compressed bytes for .gz) out of the file's size; may be null
 * @param cancelled polled as the file is read; when it turns true the read ends with a
 *     {@link java.util.concurrent.CancellationException}; may be null
 */
public record ReadOptions(
        VectorFormat format, Set<String> wanted, boolean ignoreCase, Progress progress, BooleanSupplier cancelled) {
    public ReadOptions {
        wanted = wanted == null ? null : Set.copyOf(wanted);
    }

    /** Hears how far a read has got. */
    @FunctionalInterface
    public interface Progress {
        void update(long bytesRead, long totalBytes);
    }

    public static ReadOptions all() {
        return new ReadOptions(null, null, false, null, null);
    }

    public static ReadOptions only(Set<String> words) {
        return new ReadOptions(null, words, false, null, null);
    }

    public ReadOptions withFormat(VectorFormat f) {
        return new ReadOptions(f, wanted, ignoreCase, progress, cancelled);
    }

    public ReadOptions withIgnoreCase(boolean on) {
        return new ReadOptions(format, wanted, on, progress, cancelled);
    }

    public ReadOptions withProgress(Progress p, BooleanSupplier c) {
        return new ReadOptions(format, wanted, ignoreCase, p, c);
    }
}
