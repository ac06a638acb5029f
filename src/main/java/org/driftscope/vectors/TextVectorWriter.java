package org.driftscope.vectors;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.driftscope.io.AtomicFile;

/**
 * Writes vectors as word2vec text or GloVe text. Floats are written with {@link Float#toString}, the
 * shortest text that parses back to the same float, so a write and a read round-trip bit for bit.
 */
public final class TextVectorWriter {
    private TextVectorWriter() {}

    public static void write(WordVectors vectors, Path target, VectorFormat format) throws IOException {
        AtomicFile.write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            if (format == VectorFormat.WORD2VEC_TEXT) {
                w.write(vectors.size() + " " + vectors.dimension() + "\n");
            }
            int d = vectors.dimension();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < vectors.size(); i++) {
                line.setLength(0);
                line.append(vectors.word(i));
                for (int j = 0; j < d; j++) {
                    line.append(' ').append(vectors.get(i, j));
                }
                line.append('\n');
                w.append(line);
            }
            w.flush();
        });
    }
}
