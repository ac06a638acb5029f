package org.driftscope.vectors;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
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
            check(word, format);
        }
        switch (format) {
            case WORD2VEC_BINARY -> AtomicFile.write(target, out -> binary(vectors, out));
            case WORD2VEC_TEXT -> AtomicFile.write(target, out -> text(vectors, out, true, ' '));
            case GLOVE_TEXT -> AtomicFile.write(target, out -> text(vectors, out, false, ' '));
            case PROJECTOR_TSV -> {
                AtomicFile.write(ProjectorRows.metadataFor(target), out -> {
                    var w = new BufferedOutputStream(out, 1 << 16);
                    for (String word : vectors.words()) {
                        w.write(word.getBytes(StandardCharsets.UTF_8));
                        w.write('\n');
                    }
                    w.flush();
                });
                AtomicFile.write(target, out -> text(vectors, out, false, '\t'));
            }
        }
    }

    private static void check(String word, VectorFormat format) {
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

    private static void text(WordVectors vectors, OutputStream out, boolean header, char separator) throws IOException {
        var w = new BufferedOutputStream(out, 1 << 16);
        if (header) {
            w.write((vectors.size() + " " + vectors.dimension() + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        boolean words = separator == ' ';
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < vectors.size(); i++) {
            line.setLength(0);
            if (words) {
                line.append(vectors.word(i));
            }
            for (int j = 0; j < vectors.dimension(); j++) {
                if (words || j > 0) {
                    line.append(separator);
                }
                line.append(vectors.get(i, j));
            }
            line.append('\n');
            w.write(line.toString().getBytes(StandardCharsets.UTF_8));
        }
        w.flush();
    }

    private static void binary(WordVectors vectors, OutputStream out) throws IOException {
        var w = new BufferedOutputStream(out, 1 << 16);
        w.write((vectors.size() + " " + vectors.dimension() + "\n").getBytes(StandardCharsets.US_ASCII));
        ByteBuffer row = ByteBuffer.allocate(vectors.dimension() * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[vectors.dimension()];
        for (int i = 0; i < vectors.size(); i++) {
            w.write(vectors.word(i).getBytes(StandardCharsets.UTF_8));
            w.write(' ');
            vectors.copyRow(i, v, 0);
            row.clear();
            row.asFloatBuffer().put(v);
            w.write(row.array());
            w.write('\n');
        }
        w.flush();
    }
}
