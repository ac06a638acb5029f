package org.driftscope.vectors;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.driftscope.io.InputFileException;
import org.driftscope.io.InputFiles;

/**
 * Reads word2vec/fastText text (with an {@code rows dims} header) and GloVe text (without one),
 * gzipped or not, keeping only the rows whose word the caller wants. The header's row count is only
 * a hint: real files overstate it.
 */
public final class TextVectorReader {
    private TextVectorReader() {}

    /** Reads every row. */
    public static WordVectors read(Path file) throws IOException {
        return read(file, word -> true);
    }

    /** Reads the rows whose word {@code wanted} accepts, in file order; the first of duplicate words wins. */
    public static WordVectors read(Path file, Predicate<String> wanted) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            return parse(file, in, wanted);
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(InputFiles.open(file), 1 << 16);
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            return new GZIPInputStream(raw, 1 << 16);
        }
        return raw;
    }

    private static WordVectors parse(Path file, BufferedReader in, Predicate<String> wanted) throws IOException {
        String first = in.readLine();
        if (first == null || first.isBlank()) {
            throw InputFileException.whole(file, "the file is empty, so it holds no vectors");
        }
        String[] head = first.trim().split("\\s+");
        int dimension;
        long line = 1;
        VectorFormat format;
        List<String> words = new ArrayList<>();
        FloatBuffer values = new FloatBuffer();
        Set<String> seen = new HashSet<>();
        long rows = 0;
        long duplicates = 0;
        String pending;
        if (head.length == 2 && isCount(head[0]) && isCount(head[1])) {
            format = VectorFormat.WORD2VEC_TEXT;
            dimension = Integer.parseInt(head[1]);
            if (dimension <= 0) {
                throw InputFileException.atLine(file, 1, "the header says " + dimension + " dimensions");
            }
            pending = in.readLine();
            line = 2;
        } else {
            format = VectorFormat.GLOVE_TEXT;
            dimension = head.length - 1;
            if (dimension < 1) {
                throw InputFileException.atLine(file, 1, "expected a word followed by numbers; is this a vector file?");
            }
            pending = first;
        }
        float[] row = new float[dimension];
        for (String text = pending; text != null; text = in.readLine(), line++) {
            if (text.isBlank()) {
                continue;
            }
            String word = parseRow(file, line, text, row);
            rows++;
            if (!seen.add(word)) {
                duplicates++;
                continue;
            }
            if (wanted.test(word)) {
                words.add(word);
                values.add(row);
            }
        }
        if (rows == 0) {
            throw InputFileException.whole(file, "the header is there but no vector rows follow");
        }
        var source = new VectorSource(file, format, rows, words.size(), duplicates);
        return WordVectors.adopt(words, values.toArray(), dimension, source);
    }

    /** Parses {@code word v1 ... vd} into {@code row}; returns the word. */
    private static String parseRow(Path file, long line, String text, float[] row) throws IOException {
        String[] parts = text.strip().split("[ \\t]+");
        int dimension = row.length;
        if (parts.length != dimension + 1) {
            throw InputFileException.atLine(
                    file,
                    line,
                    "expected a word and " + dimension + " numbers, found " + (parts.length - 1) + " values");
        }
        for (int j = 0; j < dimension; j++) {
            float v;
            try {
                v = Float.parseFloat(parts[j + 1]);
            } catch (NumberFormatException e) {
                throw InputFileException.atLine(file, line, "'" + abbreviate(parts[j + 1]) + "' is not a number");
            }
            if (!Float.isFinite(v)) {
                throw InputFileException.atLine(file, line, "value " + (j + 1) + " of '" + parts[0] + "' is " + v);
            }
            row[j] = v;
        }
        return parts[0];
    }

    private static boolean isCount(String s) {
        if (s.isEmpty() || s.length() > 10) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 20) + "...";
    }

    /** A growable float array, so a filtered read never allocates for rows it drops. */
    private static final class FloatBuffer {
        private float[] data = new float[1 << 12];
        private int size;

        void add(float[] row) {
            if (size + row.length > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(data.length * 2, size + row.length));
            }
            System.arraycopy(row, 0, data, size, row.length);
            size += row.length;
        }

        float[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
