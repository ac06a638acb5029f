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
        String unit = format == VectorFormat.WORD2VEC_BINARY ? "byte" : "line";
        return sink.finish(file, format, fingerprint, decoder, unit);
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
