package org.driftscope.vectors;

import java.io.IOException;
import java.nio.file.Path;
import org.driftscope.io.AtomicFile;

/**
 * Writes vectors in any {@link VectorFormat}, each file atomically. Text floats are written with
 * {@link Float#toString}, which parses back to the same float, so every format round-trips bit for bit
 * through {@link VectorReader}. For {@link VectorFormat#PROJECTOR_TSV} the target is the vectors file
 * and the words go to its metadata file beside it.
 */
public final class VectorWriter {
    private VectorWriter() {}

    public static void write(WordVectors vectors, Path target, VectorFormat format) throws IOException {
        for (String word : vectors.words()) {
            RowWriter.check(word, format);
        }
        float[] row = new float[vectors.dimension()];
        writeRows(target, format, (out, metadata) -> {
            var w = new RowWriter(out, metadata, format, vectors.size(), vectors.dimension());
            for (int i = 0; i < vectors.size(); i++) {
                vectors.copyRow(i, row, 0);
                w.row(vectors.word(i), row, 0);
            }
            w.finish();
        });
    }

    /** The metadata file written beside a projector vectors file ({@code run.tsv} -> {@code run.metadata.tsv}). */
    public static Path metadataFile(Path vectors) {
        return ProjectorRows.written(vectors);
    }

    /** The numbers after the word in a text row: its dimension. */
    private static int dimensionOf(byte[] line, int from, int to) {
        int count = 0;
        boolean inToken = false;
        for (int i = from; i < to; i++) {
            boolean blank = line[i] == ' ' || line[i] == '\t';
            count += !blank && !inToken ? 1 : 0;
            inToken = !blank;
        }
        return count - 1;
    }

    /** Replacement rows for {@link #rewrite}. */
    public interface Replacements {
        /** Whether {@link #copy} would replace {@code word}: the other rows need not be parsed. */
        default boolean has(String word) {
            return true;
        }

        /** Copies the replacement for {@code word} into {@code target} and returns true, or returns false. */
        boolean copy(String word, float[] target);

        /**
         * Sees the row of {@code word} as read, before {@link #copy}, once per replaced word: a chance to
         * refuse a file that is not the one the replacements were made from (nothing is written then).
         */
        default void read(String word, float[] values) throws IOException {}

        /** Called after the last row, before the file is put in place: throwing here writes nothing. */
        default void finished() throws IOException {}
    }

    /**
     * Writes the vector file {@code input} again, row by row in its order, with the rows of the words
     * {@code replacements} has replaced and every other row exactly as read: a drop-in replacement for
     * the input, streamed, so it costs one row of memory beyond the replacements.
     *
     * @param only which words to write ({@code w -> true}: the whole file); a word is written once
     *     (its first row) when a filter is given
     * @return the rows written and how many of them the replacements changed
     */
    public static Rewritten rewrite(
            Path input,
            VectorFormat inputFormat,
            Replacements replacements,
            java.util.function.Predicate<String> only,
            boolean whole,
            Path target,
            VectorFormat format)
            throws IOException {
        VectorFormat in = inputFormat != null ? inputFormat : FormatDetector.detect(input);
        // First pass: how many rows, for the word2vec header (words are read, numbers only counted).
        long[] rows = {0};
        java.util.Set<String> seen = new java.util.HashSet<>();
        if (whole) {
            rows[0] = VectorReader.read(
                            input, ReadOptions.only(java.util.Set.of()).withFormat(in))
                    .source()
                    .rowsRead();
        } else {
            VectorReader.visit(input, in, (word, values) -> rows[0] += only.test(word) && seen.add(word) ? 1 : 0);
        }
        long[] replaced = {0};
        long[] written = {0};
        writeRows(target, format, (out, metadata) -> {
            seen.clear();
            java.util.Set<String> done = new java.util.HashSet<>();
            RowWriter[] writer = {null};
            float[][] tuned = {new float[0]};
            // Rows that stay as read are copied as their bytes when the format does not change: exact,
            // and free of parsing and printing 300 numbers a row.
            boolean raw = format == in && (in == VectorFormat.WORD2VEC_TEXT || in == VectorFormat.GLOVE_TEXT);
            VectorReader.visit(input, in, new VectorReader.RowVisitor() {
                @Override
                public boolean wantsValues(String word) {
                    return !raw || (replacements.has(word) && !done.contains(word));
                }

                @Override
                public void raw(String word, byte[] line, int from, int to) throws IOException {
                    if (!whole && !(only.test(word) && seen.add(word))) {
                        return;
                    }
                    if (writer[0] == null) {
                        writer[0] = new RowWriter(out, metadata, format, rows[0], dimensionOf(line, from, to));
                    }
                    writer[0].rawRow(line, from, to);
                    written[0]++;
                }

                @Override
                public void row(String word, float[] values) throws IOException {
                    if (!whole && !(only.test(word) && seen.add(word))) {
                        return;
                    }
                    if (writer[0] == null) {
                        writer[0] = new RowWriter(out, metadata, format, rows[0], values.length);
                    }
                    // A repeated word's later rows were never loaded, so never tuned: written as read.
                    // Only replaced words are remembered: the whole file costs no set of all its words.
                    float[] row = values;
                    if (!done.contains(word)) {
                        if (tuned[0].length != values.length) {
                            tuned[0] = new float[values.length];
                        }
                        replacements.read(word, values);
                        if (replacements.copy(word, tuned[0])) {
                            done.add(word);
                            row = tuned[0];
                            // counted when training changed it: a word of the run that only validation
                            // saw is written with its tuned value, which is the value read
                            replaced[0] += java.util.Arrays.equals(row, values) ? 0 : 1;
                        }
                    }
                    writer[0].row(word, row, 0);
                    written[0]++;
                }
            });
            replacements.finished();
            if (writer[0] != null) {
                writer[0].finish();
            }
        });
        return new Rewritten(written[0], replaced[0]);
    }

    /**
     * What {@link #rewrite} wrote.
     *
     * @param rows rows written
     * @param replaced rows whose values differ from the input's
     */
    public record Rewritten(long rows, long replaced) {}

    private interface RowsBody {
        void write(java.io.OutputStream out, java.io.OutputStream metadata) throws IOException;
    }

    /** Writes the rows atomically; a projector TSV's words go to its metadata file, also atomically. */
    private static void writeRows(Path target, VectorFormat format, RowsBody body) throws IOException {
        if (format == VectorFormat.PROJECTOR_TSV) {
            AtomicFile.write(
                    ProjectorRows.written(target),
                    metadata -> AtomicFile.write(target, out -> body.write(out, metadata)));
        } else {
            AtomicFile.write(target, out -> body.write(out, null));
        }
    }
}
