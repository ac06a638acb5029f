package org.driftscope.vectors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.driftscope.io.InputFileException;

/**
 * Reads the TensorBoard projector pair: {@code vectors.tsv} (tab-separated numbers, one row per line)
 * and {@code metadata.tsv} beside it (one word per line; with several columns, a header line and the
 * word in the first column).
 */
final class ProjectorRows {
    private ProjectorRows() {}

    /**
     * The metadata file that belongs to a vectors file: {@code x-vectors.tsv} -> {@code x-metadata.tsv}
     * (gzipped or not), else {@code metadata.tsv} in the same folder.
     */
    static Path metadataFor(Path vectors) {
        String name = vectors.getFileName().toString();
        if (name.contains("vectors")) {
            Path paired = vectors.resolveSibling(name.replace("vectors", "metadata"));
            Path plain =
                    vectors.resolveSibling(name.replace("vectors", "metadata").replaceFirst("\\.gz$", ""));
            return Files.exists(paired) || !Files.exists(plain) ? paired : plain;
        }
        Path own = written(vectors);
        return Files.exists(own) ? own : vectors.resolveSibling("metadata.tsv");
    }

    /**
     * The metadata file a writer pairs with a vectors file: {@code x-vectors.tsv} -> {@code
     * x-metadata.tsv}, {@code run.tsv} -> {@code run.metadata.tsv}; never a fixed name that a second
     * export, or the user's own file, would share.
     */
    static Path written(Path vectors) {
        String name = vectors.getFileName().toString();
        if (name.contains("vectors")) {
            return vectors.resolveSibling(name.replace("vectors", "metadata"));
        }
        String stem = name.endsWith(".tsv") ? name.substring(0, name.length() - 4) : name;
        return vectors.resolveSibling(stem + ".metadata.tsv");
    }

    static void read(Path file, ByteInput input, RowSink sink, WordDecoder decoder) throws IOException {
        List<String> words = readWords(metadataFor(file), decoder);
        long line = 0;
        int dimension = -1;
        for (int end = input.nextLine(); end >= 0; end = input.nextLine()) {
            line++;
            byte[] b = input.buffer();
            int start = input.lineStart();
            while (end > start && (b[end - 1] == '\r' || b[end - 1] == ' ' || b[end - 1] == '\t')) {
                end--;
            }
            if (end == start) {
                continue;
            }
            float[] row = parseRow(file, line, b, start, end);
            if (dimension < 0) {
                dimension = row.length;
                sink.dimension(dimension);
            } else if (row.length != dimension) {
                throw InputFileException.atLine(file, line, "expected " + dimension + " numbers, found " + row.length);
            }
            if (sink.rowsRead() >= words.size()) {
                throw InputFileException.atLine(
                        file,
                        line,
                        "vectors.tsv has more rows than " + metadataFor(file).getFileName() + " has words ("
                                + words.size() + ")");
            }
            String word = words.get((int) sink.rowsRead());
            switch (sink.offer(word)) {
                case KEEP -> {
                    System.arraycopy(row, 0, sink.keep(word), sink.offset(), dimension);
                    sink.parsed(word);
                }
                case CASE_CANDIDATE -> sink.candidate(sink.caseTarget(word), row);
                case SKIP -> {}
            }
        }
        if (sink.rowsRead() == 0) {
            throw InputFileException.whole(file, "the file holds no vector rows");
        }
        if (sink.rowsRead() != words.size()) {
            throw InputFileException.whole(
                    file,
                    "has " + sink.rowsRead() + " rows but " + metadataFor(file).getFileName() + " has " + words.size()
                            + " words");
        }
    }

    private static float[] parseRow(Path file, long line, byte[] b, int start, int end) throws InputFileException {
        List<Float> values = new ArrayList<>();
        int i = start;
        while (i < end) {
            int s = i;
            while (i < end && b[i] != '\t') {
                i++;
            }
            float v;
            try {
                v = FloatParser.parse(b, s, i);
            } catch (NumberFormatException e) {
                throw InputFileException.atLine(
                        file,
                        line,
                        "'" + new String(b, s, Math.min(20, i - s), StandardCharsets.UTF_8) + "' is not a number");
            }
            if (!Float.isFinite(v)) {
                throw InputFileException.atLine(file, line, "value " + (values.size() + 1) + " is " + v);
            }
            values.add(v);
            i++;
        }
        float[] row = new float[values.size()];
        for (int k = 0; k < row.length; k++) {
            row[k] = values.get(k);
        }
        return row;
    }

    private static List<String> readWords(Path metadata, WordDecoder decoder) throws IOException {
        if (!Files.exists(metadata)) {
            throw InputFileException.whole(
                    metadata,
                    "is missing: a projector vectors.tsv needs its metadata.tsv "
                            + "(one word per line) in the same folder");
        }
        byte[] bytes;
        try (var in = SourceStream.open(metadata, ReadOptions.all())) {
            bytes = in.readAllBytes();
        }
        List<String> words = new ArrayList<>();
        int start = 0;
        long line = 0;
        boolean header = false;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                int end = i;
                if (end > start && bytes[end - 1] == '\r') {
                    end--;
                }
                line++;
                int tab = start;
                while (tab < end && bytes[tab] != '\t') {
                    tab++;
                }
                if (line == 1 && tab < end) {
                    header = true;
                } else if (end > start || i < bytes.length) {
                    words.add(decoder.decode(bytes, start, tab, line));
                }
                start = i + 1;
            }
        }
        if (header && words.isEmpty()) {
            throw InputFileException.whole(metadata, "has a header line but no words");
        }
        return words;
    }
}
