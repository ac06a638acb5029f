package org.driftscope.vectors;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where a set of vectors came from and what the load found, carried along so every export can say
 * what it was computed on and the user learns what was skipped.
 *
 * @param path the file read, or {@code null} for vectors made in memory
 * @param format how the file was parsed
 * @param fingerprint the file's size and modification time ({@code size=...;modified=...}), or empty
 * @param rowsRead rows the file held
 * @param rowsKept rows kept (a filtered load keeps only the words asked for)
 * @param duplicates rows skipped because their word had already appeared
 * @param nonUtf8Words words that were not valid UTF-8 and were read as Windows-1252
 * @param nonUtf8Example the first such word and where it was, or empty
 * @param missing wanted words the file lacks, in the order asked
 * @param caseMatched wanted words found only under another spelling of case, to the file's spelling
 * @param notices what looked wrong but could be read (a byte order mark, a header's wrong row count)
 */
public record VectorSource(
        Path path,
        VectorFormat format,
        String fingerprint,
        long rowsRead,
        long rowsKept,
        long duplicates,
        long nonUtf8Words,
        String nonUtf8Example,
        List<String> missing,
        Map<String, String> caseMatched,
        List<String> notices) {
    public VectorSource {
        Objects.requireNonNull(format, "format");
        fingerprint = Objects.requireNonNullElse(fingerprint, "");
        nonUtf8Example = Objects.requireNonNullElse(nonUtf8Example, "");
        missing = List.copyOf(missing);
        caseMatched = Map.copyOf(caseMatched);
        notices = List.copyOf(notices);
        if (rowsRead < 0 || rowsKept < 0 || duplicates < 0 || nonUtf8Words < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** For vectors built in memory (tests, training output). */
    public static VectorSource inMemory(long rows) {
        return new VectorSource(
                null, VectorFormat.WORD2VEC_TEXT, "", rows, rows, 0, 0, "", List.of(), Map.of(), List.of());
    }

    /** One paragraph for a log or a status line: what was read and what was odd about it. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                java.util.Locale.ROOT,
                "%s: %s, %,d rows read, %,d kept",
                path == null ? "in memory" : path.getFileName(),
                format.label(),
                rowsRead,
                rowsKept));
        if (duplicates > 0) {
            s.append(String.format(
                    java.util.Locale.ROOT, "; %,d duplicate words skipped (the first was kept)", duplicates));
        }
        if (nonUtf8Words > 0) {
            s.append(String.format(
                    java.util.Locale.ROOT,
                    "; %,d words were not UTF-8 and were read as Windows-1252, e.g. %s",
                    nonUtf8Words,
                    nonUtf8Example));
        }
        if (!caseMatched.isEmpty()) {
            s.append(String.format(java.util.Locale.ROOT, "; %,d words matched ignoring case", caseMatched.size()));
        }
        if (!missing.isEmpty()) {
            s.append(String.format(java.util.Locale.ROOT, "; %,d wanted words are not in the file", missing.size()));
        }
        notices.forEach(n -> s.append("; ").append(n));
        return s.toString();
    }
}
