package org.driftscope.vectors;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes vector rows one at a time in any {@link VectorFormat}, so a table of any size streams through
 * one row of memory. Text floats use {@link Float#toString}, which parses back to the same float;
 * binary rows are the word, a space, little-endian float32 and a newline, as the word2vec C tool writes
 * them. For {@link VectorFormat#PROJECTOR_TSV} the words go to a second stream (the metadata file).
 */
final class RowWriter {
    private final OutputStream out;
    private final OutputStream words;
    private final VectorFormat format;
    private final int dimension;
    private final ByteBuffer binary;
    private final StringBuilder line = new StringBuilder();

    /**
     * @param rows how many rows will follow, for the word2vec header
     * @param metadata the projector's word stream ({@code null} for the other formats)
     */
    RowWriter(OutputStream out, OutputStream metadata, VectorFormat format, long rows, int dimension)
            throws IOException {
        this.out = new BufferedOutputStream(out, 1 << 16);
        this.words = metadata == null ? null : new BufferedOutputStream(metadata, 1 << 16);
        this.format = format;
        this.dimension = dimension;
        this.binary = ByteBuffer.allocate(dimension * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        if (format == VectorFormat.PROJECTOR_TSV && metadata == null) {
            throw new IllegalArgumentException("a projector TSV needs a metadata stream for its words");
        }
        if (format == VectorFormat.WORD2VEC_TEXT || format == VectorFormat.WORD2VEC_BINARY) {
            this.out.write((rows + " " + dimension + "\n").getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Refuses a word the format cannot hold (white space splits a text row; a tab or newline a TSV's). */
    static void check(String word, VectorFormat format) {
        if (word.isEmpty()) {
            throw new IllegalArgumentException("an empty word cannot be written");
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean bad = format == VectorFormat.PROJECTOR_TSV
                    ? c == '\t' || c == '\n' || c == '\r'
                    : Character.isWhitespace(c);
            if (bad) {
                throw new IllegalArgumentException(
                        "the word '" + word + "' contains white space, which " + format.label() + " cannot hold");
            }
        }
    }

    /** Writes one row: {@code values[offset .. offset + dimension)}. */
    void row(String word, float[] values, int offset) throws IOException {
        check(word, format);
        byte[] w = word.getBytes(StandardCharsets.UTF_8);
        if (format == VectorFormat.WORD2VEC_BINARY) {
            out.write(w);
            out.write(' ');
            binary.clear();
            binary.asFloatBuffer().put(values, offset, dimension);
            out.write(binary.array());
            out.write('\n');
            return;
        }
        line.setLength(0);
        boolean tsv = format == VectorFormat.PROJECTOR_TSV;
        for (int j = 0; j < dimension; j++) {
            if (!tsv || j > 0) {
                line.append(tsv ? '\t' : ' ');
            }
            line.append(values[offset + j]);
        }
        line.append('\n');
        if (tsv) {
            words.write(w);
            words.write('\n');
        } else {
            out.write(w);
        }
        out.write(line.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** Writes a text row as it stood in a file of this same format, adding its newline. */
    void rawRow(byte[] line, int from, int to) throws IOException {
        out.write(line, from, to - from);
        out.write('\n');
    }

    /** Flushes what is buffered; the caller closes the streams. */
    void finish() throws IOException {
        out.flush();
        if (words != null) {
            words.flush();
        }
    }
}
