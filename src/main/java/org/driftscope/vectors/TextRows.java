package org.driftscope.vectors;

import java.io.IOException;
import java.nio.file.Path;
import org.driftscope.io.InputFileException;

/**
 * Parses word2vec/fastText text (header {@code rows dims}) and GloVe text (no header) in place in the
 * byte buffer. Words of unwanted rows are read, their numbers only counted; trailing spaces, tabs, CRLF
 * and a missing final newline are all fine.
 */
final class TextRows {
    private final Path file;
    private final ByteInput input;
    private final RowSink sink;
    private final WordDecoder decoder;
    private long line;

    TextRows(Path file, ByteInput input, RowSink sink, WordDecoder decoder) {
        this.file = file;
        this.input = input;
        this.sink = sink;
        this.decoder = decoder;
    }

    void read(boolean header) throws IOException {
        sink.rawRows(true);
        int dimension = -1;
        String dimensionSource = "";
        if (header) {
            int end = nextNonBlank();
            byte[] b = input.buffer();
            String[] parts = new String(
                            b, input.lineStart(), end - input.lineStart(), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .strip()
                    .split("[ \\t]+");
            if (parts.length != 2 || !FormatDetector.isCount(parts[0]) || !FormatDetector.isCount(parts[1])) {
                throw InputFileException.atLine(file, line, "expected the header 'rows dimensions'");
            }
            String problem = DeclaredDimension.problem(file, parts[1], 2);
            if (problem != null) {
                throw InputFileException.atLine(file, line, problem);
            }
            dimension = Integer.parseInt(parts[1]);
            dimensionSource = " (as the header says)";
            sink.dimension(dimension);
            sink.declaredRows(Long.parseLong(parts[0]));
        }
        // the numbers of kept rows are parsed on the background pool, unless rows stream to a visitor
        ParallelRows parallel = sink.streaming() ? null : new ParallelRows(file);
        try {
            rows(dimension, dimensionSource, parallel);
        } catch (InputFileException e) {
            if (parallel != null) {
                parallel.finish(e);
            }
            throw e;
        } catch (IOException | RuntimeException e) {
            if (parallel != null) {
                parallel.finish(null);
            }
            throw e;
        }
        if (parallel != null) {
            parallel.finish(null);
        }
        if (sink.dimension() == 0 || sink.rowsRead() == 0) {
            throw InputFileException.whole(
                    file, header ? "the header is there but no vector rows follow" : "the file holds no vector rows");
        }
    }

    /** Reads every row after the header; without one, the first row gives the dimension. */
    private void rows(int dimension, String dimensionSource, ParallelRows parallel) throws IOException {
        float[] scratch = null;
        for (int end = nextNonBlank(); end >= 0; end = nextNonBlank()) {
            byte[] b = input.buffer();
            int start = input.lineStart();
            int wordEnd = start;
            while (wordEnd < end && b[wordEnd] != ' ' && b[wordEnd] != '\t') {
                wordEnd++;
            }
            if (dimension < 0) {
                dimension = countTokens(b, wordEnd, end);
                if (dimension == 0) {
                    throw InputFileException.atLine(file, line, "expected a word followed by numbers");
                }
                sink.dimension(dimension);
            }
            String word = decoder.decode(b, start, wordEnd, line);
            RowSink.Decision decision = sink.offer(word);
            switch (decision) {
                case KEEP -> {
                    float[] chunk = sink.keep(word);
                    if (parallel != null) {
                        parallel.add(b, wordEnd, end, word, chunk, sink.offset(), dimension, dimensionSource, line);
                    } else {
                        try {
                            parse(file, line, b, wordEnd, end, word, chunk, sink.offset(), dimension, dimensionSource);
                        } catch (InputFileException e) {
                            sink.unkeep();
                            throw e;
                        }
                    }
                    sink.parsed(word);
                }
                case CASE_CANDIDATE -> {
                    scratch = new float[dimension];
                    parse(file, line, b, wordEnd, end, word, scratch, 0, dimension, dimensionSource);
                    sink.candidate(sink.caseTarget(word), scratch);
                }
                case SKIP -> {
                    int found = countTokens(b, wordEnd, end);
                    if (found != dimension) {
                        throw wrongCount(file, line, dimension, found, dimensionSource);
                    }
                }
                case PASS -> {
                    // copied as its bytes, never parsed: a row with anything but digits, signs, points and
                    // exponents is parsed after all, so "NaN" or "oops" fails here with its line instead of
                    // being copied into what is written
                    int counted = countPlainTokens(b, wordEnd, end);
                    int found = counted < 0 ? -counted - 1 : counted;
                    if (found != dimension) {
                        throw wrongCount(file, line, dimension, found, dimensionSource);
                    }
                    if (counted < 0) {
                        scratch = scratch != null && scratch.length == dimension ? scratch : new float[dimension];
                        parse(file, line, b, wordEnd, end, word, scratch, 0, dimension, dimensionSource);
                    }
                    sink.passed(word, b, start, end);
                }
            }
        }
    }

    /** Advances to the next line with content; returns its end with CR and trailing blanks cut, or -1. */
    private int nextNonBlank() throws IOException {
        while (true) {
            int end = input.nextLine();
            if (end < 0) {
                return -1;
            }
            line++;
            byte[] b = input.buffer();
            int start = input.lineStart();
            while (end > start && (b[end - 1] == '\r' || b[end - 1] == ' ' || b[end - 1] == '\t')) {
                end--;
            }
            if (end > start) {
                return end;
            }
        }
    }

    /** Parses a row's numbers, {@code b[from, to)}, into {@code target}; line {@code line} of {@code file}. */
    static void parse(
            Path file,
            long line,
            byte[] b,
            int from,
            int to,
            String word,
            float[] target,
            int offset,
            int dimension,
            String dimensionSource)
            throws InputFileException {
        int k = 0;
        int i = from;
        while (true) {
            while (i < to && (b[i] == ' ' || b[i] == '\t')) {
                i++;
            }
            if (i >= to) {
                break;
            }
            int start = i;
            while (i < to && b[i] != ' ' && b[i] != '\t') {
                i++;
            }
            if (k < dimension) {
                float v;
                try {
                    v = FloatParser.parse(b, start, i);
                } catch (NumberFormatException e) {
                    String token =
                            new String(b, start, Math.min(i - start, 20), java.nio.charset.StandardCharsets.UTF_8);
                    throw InputFileException.atLine(file, line, "'" + token + "' is not a number");
                }
                if (!Float.isFinite(v)) {
                    throw InputFileException.atLine(file, line, "value " + (k + 1) + " of '" + word + "' is " + v);
                }
                target[offset + k] = v;
            }
            k++;
        }
        if (k != dimension) {
            throw wrongCount(file, line, dimension, k, dimensionSource);
        }
    }

    private static InputFileException wrongCount(
            Path file, long line, int dimension, int found, String dimensionSource) {
        return InputFileException.atLine(
                file,
                line,
                "expected a word and " + dimension + " numbers" + dimensionSource + ", found " + found + " values");
    }

    /**
     * The tokens of {@code b[from, to)}, as {@link #countTokens}, when it holds only what decimal numbers
     * are written with (digits, signs, points, exponents) and blanks; {@code -count - 1} when it holds
     * anything else. One pass, for the rows copied as their bytes.
     */
    private static int countPlainTokens(byte[] b, int from, int to) {
        int count = 0;
        boolean inToken = false;
        boolean plain = true;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            boolean blank = c == ' ' || c == '\t';
            if (!blank && !inToken) {
                count++;
            }
            inToken = !blank;
            plain &= blank || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
        }
        return plain ? count : -count - 1;
    }

    private static int countTokens(byte[] b, int from, int to) {
        int count = 0;
        boolean inToken = false;
        for (int i = from; i < to; i++) {
            boolean blank = b[i] == ' ' || b[i] == '\t';
            if (!blank && !inToken) {
                count++;
            }
            inToken = !blank;
        }
        return count;
    }
}
