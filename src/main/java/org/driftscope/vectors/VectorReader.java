package org.driftscope.vectors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.driftscope.io.InputFileException;

/**
 * Reads word vectors in any {@link VectorFormat}, gzipped or not, detecting the layout unless told.
 * The file is streamed once; with a set of wanted words only their rows are kept, so a 3.6 GB
 * GoogleNews file costs the memory of the words a dataset needs. Errors name the file and the line
 * (text) or byte offset (binary), and nothing half-read is returned.
 *
 * <p>Why not DL4J's {@code WordVectorSerializer}: it is several times slower and cannot keep a subset
 * (docs/decisions/0005).
 */
public final class VectorReader {
    private static final int BUFFER = 1 << 20;

    private VectorReader() {}

    /**
     * The layout of a file if it reads as word vectors (from its first 64 KB), or empty: how a window
     * tells a dropped vectors file from a dataset.
     */
    public static java.util.Optional<VectorFormat> detect(Path file) {
        try {
            return java.util.Optional.of(FormatDetector.detect(file));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    public static WordVectors read(Path file) throws IOException {
        return read(file, ReadOptions.all());
    }

    public static WordVectors read(Path file, ReadOptions options) throws IOException {
        VectorFormat format = options.format() != null ? options.format() : FormatDetector.detect(file);
        String fingerprint = fingerprint(file);
        RowSink sink = new RowSink(options);
        WordDecoder decoder = new WordDecoder();
        try {
            parse(file, format, options, sink, decoder);
        } finally {
            sink.close();
        }
        String unit = format == VectorFormat.WORD2VEC_BINARY ? "byte" : "line";
        return sink.finish(file, format, fingerprint, decoder, unit);
    }

    private static void parse(Path file, VectorFormat format, ReadOptions options, RowSink sink, WordDecoder decoder)
            throws IOException {
        try (ByteInput input = new ByteInput(SourceStream.open(file, options, sink::bomDropped), BUFFER)) {
            switch (format) {
                case WORD2VEC_TEXT -> new TextRows(file, input, sink, decoder).read(true);
                case GLOVE_TEXT -> new TextRows(file, input, sink, decoder).read(false);
                case WORD2VEC_BINARY -> new BinaryRows(file, input, sink, decoder).read();
                case PROJECTOR_TSV -> ProjectorRows.read(file, input, sink, decoder);
            }
        } catch (InputFileException e) {
            throw e;
        } catch (IOException e) {
            throw InputFileException.whole(file, "reading failed: " + e.getMessage());
        }
    }

    /** Hears each row of a streaming read, in file order; the array is reused for the next row. */
    public interface RowVisitor {
        void row(String word, float[] values) throws IOException;

        /**
         * False for a text row whose numbers the visitor does not need: the reader then checks their
         * count and hands over the row's bytes ({@link #raw}) without parsing them.
         */
        default boolean wantsValues(String word) {
            return true;
        }

        /** A text row as it stands in the file, {@code line[from, to)}, without its newline or trailing blanks. */
        default void raw(String word, byte[] line, int from, int to) throws IOException {
            throw new UnsupportedOperationException("raw rows were not asked for");
        }
    }

    /**
     * Streams every row of the file, duplicates included, to {@code visitor} without keeping any: a
     * 400,000-row file costs one row of memory. Errors as for {@link #read}.
     *
     * @return what the read found (rows, notices); its kept count is the rows visited
     */
    public static VectorSource visit(Path file, VectorFormat format, RowVisitor visitor) throws IOException {
        VectorFormat f = format != null ? format : FormatDetector.detect(file);
        ReadOptions options = ReadOptions.all();
        String fingerprint = fingerprint(file);
        RowSink sink = new RowSink(options, visitor);
        WordDecoder decoder = new WordDecoder();
        try {
            parse(file, f, options, sink, decoder);
        } catch (VisitorFailure e) {
            throw e.getCause();
        }
        return sink.source(
                file, f, fingerprint, decoder, f == VectorFormat.WORD2VEC_BINARY ? "byte" : "line", java.util.Map.of());
    }

    /** The dimension of a vector file's rows, from its first row alone (the rest is not read). */
    public static int dimension(Path file, VectorFormat format) throws IOException {
        int[] dimension = {0};
        try {
            visit(file, format, (word, values) -> {
                dimension[0] = values.length;
                throw new FirstRow();
            });
        } catch (FirstRow e) {
            return dimension[0];
        }
        throw InputFileException.whole(file, "it holds no vectors");
    }

    /** Ends a visit after its first row. */
    private static final class FirstRow extends IOException {
        FirstRow() {
            super("the first row is all that was wanted");
        }
    }

    /** A visitor's IOException on its way out of the reader, which would otherwise blame the file read. */
    static final class VisitorFailure extends RuntimeException {
        VisitorFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /** The fingerprint {@link VectorSource#fingerprint()} gives a file now: its size and modification time. */
    public static String fingerprintOf(Path file) throws IOException {
        return fingerprint(file);
    }

    private static String fingerprint(Path file) throws IOException {
        try {
            var attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return "size=" + attributes.size() + ";modified=" + attributes.lastModifiedTime();
        } catch (IOException e) {
            throw InputFileException.whole(file, "cannot be read: " + e.getMessage());
        }
    }
}
