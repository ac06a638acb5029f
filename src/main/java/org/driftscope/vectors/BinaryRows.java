package org.driftscope.vectors;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.driftscope.io.InputFileException;

/**
 * Parses the word2vec C binary layout: a text header {@code rows dims}, then per row the word, one
 * space and {@code dims} little-endian float32, with or without a newline after each vector (the C tool
 * writes one, gensim does not). A header that overstates the rows is fine; a file cut inside a row is not.
 */
final class BinaryRows {
    private static final int MAX_WORD = 10_000;
    /** How many rows after the first have their words checked for being in step with the header. */
    private static final int OUT_OF_STEP_ROWS = 3;

    private static final VarHandle FLOATS =
            MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);

    private final Path file;
    private final ByteInput input;
    private final RowSink sink;
    private final WordDecoder decoder;

    BinaryRows(Path file, ByteInput input, RowSink sink, WordDecoder decoder) {
        this.file = file;
        this.input = input;
        this.sink = sink;
        this.decoder = decoder;
    }

    void read() throws IOException {
        int end = input.nextLine();
        byte[] hb = input.buffer();
        String[] parts = end < 0
                ? new String[0]
                : new String(hb, input.lineStart(), end - input.lineStart(), StandardCharsets.ISO_8859_1)
                        .strip()
                        .split("\\s+");
        if (parts.length != 2 || !FormatDetector.isCount(parts[0]) || !FormatDetector.isCount(parts[1])) {
            throw InputFileException.atByte(file, 0, "expected the header 'rows dimensions'");
        }
        String problem = DeclaredDimension.problem(file, parts[1], Float.BYTES);
        if (problem != null) {
            throw InputFileException.atByte(file, 0, problem);
        }
        int dimension = Integer.parseInt(parts[1]);
        int rowBytes = dimension * Float.BYTES;
        sink.dimension(dimension);
        long declared = Long.parseLong(parts[0]);
        sink.declaredRows(declared);
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            // a header may overstate its rows; the file's size bounds them
            sink.expectRows(Math.min(declared, java.nio.file.Files.size(file) / (rowBytes + 2)));
        }
        while (true) {
            if (!skipNewlines()) {
                break;
            }
            long wordAt = input.offset();
            String word = readWord(wordAt, dimension);
            if (!input.ensure(rowBytes)) {
                throw InputFileException.atByte(
                        file,
                        input.offset(),
                        "the file ends inside the vector of '" + word + "' (" + rowBytes + " bytes expected, "
                                + input.available() + " left); is it truncated?");
            }
            byte[] b = input.buffer();
            int p = input.position();
            switch (sink.offer(word)) {
                case KEEP -> {
                    float[] chunk = sink.keep(word);
                    try {
                        decode(b, p, chunk, sink.offset(), dimension, word);
                    } catch (InputFileException e) {
                        sink.unkeep();
                        throw e;
                    }
                    sink.parsed(word);
                }
                case CASE_CANDIDATE -> {
                    float[] row = new float[dimension];
                    decode(b, p, row, 0, dimension, word);
                    sink.candidate(sink.caseTarget(word), row);
                }
                case SKIP -> {}
            }
            input.advance(rowBytes);
        }
        if (sink.rowsRead() == 0) {
            throw InputFileException.whole(file, "the header is there but no vector rows follow");
        }
    }

    /** Skips the newline (and stray CR) between rows; false at a clean end of file. */
    private boolean skipNewlines() throws IOException {
        while (input.ensure(1)) {
            byte c = input.buffer()[input.position()];
            if (c != '\n' && c != '\r') {
                return true;
            }
            input.advance(1);
        }
        return false;
    }

    private String readWord(long wordAt, int dimension) throws IOException {
        int length = 0;
        // the first rows' words tell whether the rows are in step with the header's dimension: read out
        // of step, a "word" is float bytes, which hold control bytes no vocabulary has
        boolean early = sink.rowsRead() > 0 && sink.rowsRead() <= OUT_OF_STEP_ROWS;
        while (true) {
            if (!input.ensure(length + 1)) {
                throw InputFileException.atByte(
                        file,
                        wordAt,
                        "the file ends inside a word; is it truncated, or is the header's dimension (" + dimension
                                + ") not the file's?");
            }
            byte c = input.buffer()[input.position() + length];
            if (c == ' ') {
                break;
            }
            if (early && (c & 0xff) < 0x20) {
                throw InputFileException.atByte(
                        file,
                        wordAt,
                        "row " + (sink.rowsRead() + 1) + " does not start with a word (byte " + (c & 0xff)
                                + " in it): the rows are out of step with the header's " + dimension
                                + " dimensions, so the header is probably wrong");
            }
            if (++length > MAX_WORD) {
                throw InputFileException.atByte(
                        file,
                        wordAt,
                        "no space after a word within " + MAX_WORD + " bytes; this is not word2vec binary data");
            }
        }
        int start = input.position();
        String word = decoder.decode(input.buffer(), start, start + length, wordAt);
        input.advance(length + 1);
        return word;
    }

    private void decode(byte[] b, int p, float[] target, int offset, int dimension, String word)
            throws InputFileException {
        // One pass: each little-endian float read through a byte-array view (a plain load on
        // little-endian machines), checked and stored; a buffer view per row and a second pass had a
        // quarter of a profile's samples of a full load (docs/decisions/0025).
        for (int k = 0; k < dimension; k++) {
            float v = (float) FLOATS.get(b, p + k * Float.BYTES);
            target[offset + k] = v;
            if (!Float.isFinite(v)) {
                throw InputFileException.atByte(
                        file,
                        input.offset() + (long) k * Float.BYTES,
                        "value " + (k + 1) + " of '" + word + "' is " + v);
            }
        }
    }
}
