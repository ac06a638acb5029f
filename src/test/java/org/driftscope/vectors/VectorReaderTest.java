package org.driftscope.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.zip.GZIPOutputStream;
import org.driftscope.io.InputFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return writeBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        var out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** word2vec binary rows, with or without the newline the C tool writes after each vector. */
    private static byte[] binary(String header, Map<String, float[]> rows, boolean newline) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        for (var e : rows.entrySet()) {
            out.writeBytes((e.getKey() + " ").getBytes(StandardCharsets.UTF_8));
            ByteBuffer b = ByteBuffer.allocate(e.getValue().length * 4).order(ByteOrder.LITTLE_ENDIAN);
            b.asFloatBuffer().put(e.getValue());
            out.writeBytes(b.array());
            if (newline) {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    private static Map<String, float[]> twoRows() {
        var rows = new java.util.LinkedHashMap<String, float[]>();
        rows.put("alps", new float[] {1.5f, -2f, 0.25f});
        rows.put("himalaya", new float[] {3f, 4f, -0f});
        return rows;
    }

    /**
     * A binary file large enough that its chunks are allocated ahead of the reader: every row comes back
     * in order, and a bad row part way fails with the row's place and leaves no allocating thread behind
     * holding memory.
     */
    @Test
    void aLargeBinaryReadsWholeAndABadRowPartWayFailsCleanly() throws IOException {
        int dimension = 300;
        int rows = RowStore.rowsPerChunk(dimension, RowStore.chunkBytes()) * 6 + 11;
        var table = new java.util.LinkedHashMap<String, float[]>();
        for (int r = 0; r < rows; r++) {
            float[] v = new float[dimension];
            v[0] = r;
            v[dimension - 1] = -r;
            table.put("w" + r, v);
        }
        byte[] bytes = binary(rows + " " + dimension + "\n", table, true);
        WordVectors whole = VectorReader.read(writeBytes("big.bin", bytes));
        assertThat(whole.size()).isEqualTo(rows);
        for (int r : new int[] {0, rows / 2, rows - 1}) {
            assertThat(whole.words().get(r)).isEqualTo("w" + r);
            assertThat(whole.vector(r)[0]).isEqualTo(r);
            assertThat(whole.vector(r)[dimension - 1]).isEqualTo(-r);
        }

        // a bad row where the allocating thread has chunks waiting and more to make
        int badRow = rows / 4;
        table.get("w" + badRow)[7] = Float.NaN;
        Path bad = writeBytes("bad.bin", binary(rows + " " + dimension + "\n", table, true));
        assertThatThrownBy(() -> VectorReader.read(bad))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("bad.bin")
                .hasMessageContaining("value 8 of 'w" + badRow + "' is NaN");
        assertThat(RowStoreTest.aheadThreadsEnd()).isTrue();
    }

    @Test
    void readsWord2VecTextWithOverstatedHeaderCrlfTrailingSpacesAndNoFinalNewline() throws IOException {
        WordVectors v = VectorReader.read(write("v.vec", "10 3\r\nalps 1 2 3 \r\nhimalaya 4 5 6"));

        assertThat(v.words()).containsExactly("alps", "himalaya");
        assertThat(v.vector(1)).containsExactly(4f, 5f, 6f);
        assertThat(v.source().format()).isEqualTo(VectorFormat.WORD2VEC_TEXT);
        assertThat(v.source().rowsRead()).isEqualTo(2);
    }

    @Test
    void readsGloveWithoutHeader() throws IOException {
        WordVectors v = VectorReader.read(write("g.txt", "the 0.1 0.2\nalps 1 2\n"));

        assertThat(v.words()).containsExactly("the", "alps");
        assertThat(v.dimension()).isEqualTo(2);
        assertThat(v.source().format()).isEqualTo(VectorFormat.GLOVE_TEXT);
    }

    @Test
    void readsWord2VecBinaryWithAndWithoutNewlineAfterEachVector() throws IOException {
        for (boolean newline : new boolean[] {true, false}) {
            WordVectors v = VectorReader.read(writeBytes("b" + newline + ".bin", binary("2 3\n", twoRows(), newline)));

            assertThat(v.source().format()).isEqualTo(VectorFormat.WORD2VEC_BINARY);
            assertThat(v.words()).containsExactly("alps", "himalaya");
            assertThat(v.vector(0)).containsExactly(1.5f, -2f, 0.25f);
            assertThat(Float.floatToRawIntBits(v.get(1, 2))).isEqualTo(Float.floatToRawIntBits(-0f));
        }
    }

    @Test
    void readsGzipOfAnyFormatByItsMagicBytesNotItsName() throws IOException {
        WordVectors text =
                VectorReader.read(writeBytes("t.vec", gzip("2 2\na 1 2\nb 3 4\n".getBytes(StandardCharsets.UTF_8))));
        WordVectors bin = VectorReader.read(writeBytes("b.bin.gz", gzip(binary("2 3\n", twoRows(), false))));

        assertThat(text.vector(1)).containsExactly(3f, 4f);
        assertThat(bin.source().format()).isEqualTo(VectorFormat.WORD2VEC_BINARY);
        assertThat(bin.vector(0)).containsExactly(1.5f, -2f, 0.25f);
    }

    @Test
    void filteredLoadKeepsOnlyWantedWordsAndReportsTheMissingOnes() throws IOException {
        Path file = write("g.txt", "the 0.1 0.2\nalps 1 2\nhimalaya 3 4\nof 5 6\n");

        WordVectors v = VectorReader.read(file, ReadOptions.only(Set.of("alps", "himalaya", "andes")));

        assertThat(v.words()).containsExactly("alps", "himalaya");
        assertThat(v.source().missing()).containsExactly("andes");
        assertThat(v.source().rowsRead()).isEqualTo(4);
        assertThat(v.source().rowsKept()).isEqualTo(2);
    }

    @Test
    void caseInsensitiveFallbackOnlyWhenTheExactSpellingIsAbsent() throws IOException {
        Path file = write("g.txt", "Alps 1 2\nParis 3 4\nparis 5 6\n");

        WordVectors v = VectorReader.read(
                file, ReadOptions.only(Set.of("alps", "paris")).withIgnoreCase(true));

        assertThat(v.vector(v.indexOf("alps").getAsInt())).containsExactly(1f, 2f);
        assertThat(v.vector(v.indexOf("paris").getAsInt())).containsExactly(5f, 6f);
        assertThat(v.source().caseMatched()).containsExactly(Map.entry("alps", "Alps"));
        assertThat(v.source().missing()).isEmpty();
    }

    @Test
    void duplicateWordsKeepTheFirstAndAreCounted() throws IOException {
        WordVectors v = VectorReader.read(write("d.txt", "a 1 2\nb 3 4\na 5 6\n"));

        assertThat(v.vector(0)).containsExactly(1f, 2f);
        assertThat(v.size()).isEqualTo(2);
        assertThat(v.source().duplicates()).isEqualTo(1);
        assertThat(v.source().summary()).contains("1 duplicate words skipped");
    }

    @Test
    void wordsThatAreNotUtf8AreReadAsWindows1252AndReportedNeverDropped() throws IOException {
        byte[] latin1 = "caf\u00e9 1 2\nok 3 4\n".getBytes(StandardCharsets.ISO_8859_1);

        WordVectors v = VectorReader.read(writeBytes("l.txt", latin1));

        assertThat(v.words()).containsExactly("café", "ok");
        assertThat(v.source().nonUtf8Words()).isEqualTo(1);
        assertThat(v.source().nonUtf8Example()).isEqualTo("café (line 1)");
    }

    @Test
    void explicitFormatOverridesDetection() throws IOException {
        Path glove = write("g.txt", "alps 1 2\n");

        assertThatThrownBy(() -> VectorReader.read(glove, ReadOptions.all().withFormat(VectorFormat.WORD2VEC_TEXT)))
                .hasMessage("g.txt, line 1: expected the header 'rows dimensions'");
    }

    @Test
    void progressIsReportedAndCancellationStopsTheRead() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            text.append("w").append(i).append(" 0.125 0.25 0.5 1.0\n");
        }
        Path file = write("big.txt", text.toString());
        List<long[]> updates = new ArrayList<>();

        VectorReader.read(
                file, ReadOptions.all().withProgress((done, total) -> updates.add(new long[] {done, total}), null));

        assertThat(updates).isNotEmpty();
        assertThat(updates.get(updates.size() - 1)).containsExactly(Files.size(file), Files.size(file));
        assertThatThrownBy(() -> VectorReader.read(file, ReadOptions.all().withProgress(null, () -> true)))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void rowWithTooFewValuesNamesFileAndLine() throws IOException {
        Path file = write("bad.txt", "2 3\nalps 1 2 3\nhimalaya 4 5\n");

        assertThatThrownBy(() -> VectorReader.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessage("bad.txt, line 3: expected a word and 3 numbers (as the header says), found 2 values");
    }

    @Test
    void headerClaimingMoreDimensionsThanTheRowsHaveIsCaughtOnTheFirstRow() throws IOException {
        // a full row follows, so the file is large enough for its header's 300 dimensions
        String full = "himalaya" + " 0".repeat(300) + "\n";
        assertThatThrownBy(() -> VectorReader.read(write("h.vec", "2 300\nalps 1 2 3\n" + full)))
                .hasMessage("h.vec, line 2: expected a word and 300 numbers (as the header says), found 3 values");
    }

    @Test
    void rowsOfUnwantedWordsAreCheckedToo() throws IOException {
        Path file = write("bad.txt", "alps 1 2\nthe 3\n");

        assertThatThrownBy(() -> VectorReader.read(file, ReadOptions.only(Set.of("alps"))))
                .hasMessage("bad.txt, line 2: expected a word and 2 numbers, found 1 values");
    }

    @Test
    void nonNumericAndNonFiniteValuesNameTheLine() throws IOException {
        assertThatThrownBy(() -> VectorReader.read(write("x.txt", "a 1 2\nb 1 oops\n")))
                .hasMessage("x.txt, line 2: 'oops' is not a number");
        assertThatThrownBy(() -> VectorReader.read(write("n.txt", "a 1 2\nb NaN 2\n")))
                .hasMessage("n.txt, line 2: value 1 of 'b' is NaN");
        assertThatThrownBy(() -> VectorReader.read(write("i.txt", "a 1 inf\n")))
                .hasMessage("i.txt, line 1: value 2 of 'a' is Infinity");
    }

    @Test
    void nonFiniteBinaryValueNamesTheByteOffset() throws IOException {
        var rows = twoRows();
        rows.put("himalaya", new float[] {3f, Float.NaN, 1f});
        Path file = writeBytes("nan.bin", binary("2 3\n", rows, true));

        // header 4 bytes + "alps " 5 + 12 floats + newline 1 + "himalaya " 9 = 31; the NaN is the second float
        assertThatThrownBy(() -> VectorReader.read(file)).hasMessage("nan.bin, byte 35: value 2 of 'himalaya' is NaN");
    }

    @Test
    void truncatedBinaryNamesTheByteOffset() throws IOException {
        byte[] whole = binary("2 3\n", twoRows(), true);
        Path file = writeBytes("cut.bin", java.util.Arrays.copyOf(whole, whole.length - 6));

        assertThatThrownBy(() -> VectorReader.read(file))
                .hasMessage(
                        "cut.bin, byte 31: the file ends inside the vector of 'himalaya' (12 bytes expected, 7 left);"
                                + " is it truncated?");
    }

    @Test
    void aBinaryHeaderWithTheWrongDimensionIsNamedAsTheCause() throws IOException {
        var rows = new java.util.LinkedHashMap<String, float[]>();
        rows.put("alps", new float[] {1.5f, -2f, 0.25f, 1f});
        rows.put("himalaya", new float[] {3f, 4f, -0f, 1f});
        rows.put("andes", new float[] {1f, 2f, 3f, 4f});
        // four numbers a row, the header says three: the second "word" starts inside alps's fourth float
        Path file = writeBytes("lies.bin", binary("3 3\n", rows, true));

        // header 4 bytes + "alps " 5 + the 3 floats the header claims, 12
        assertThatThrownBy(() -> VectorReader.read(file))
                .hasMessageStartingWith("lies.bin, byte 21: row 2 does not start with a word")
                .hasMessageContaining("out of step with the header's 3 dimensions");
    }

    @Test
    void aBinaryHeaderWithANegativeCountIsRefusedAsAHeaderNotReadAsText() throws IOException {
        Path file = writeBytes("minus.bin", binary("-2 3\n", twoRows(), true));

        assertThatThrownBy(() -> VectorReader.read(file))
                .hasMessage("minus.bin, line 1: the header '-2 3' gives a negative count; a word2vec header is"
                        + " 'rows dimensions', both positive");
    }

    @Test
    void emptyFileIsRejectedByName() throws IOException {
        assertThatThrownBy(() -> VectorReader.read(write("empty.txt", "")))
                .hasMessage("empty.txt: the file is empty, so it holds no vectors");
    }

    @Test
    void imageAndDatasetAreRecognisedAsNotVectors() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThatThrownBy(() -> VectorReader.read(writeBytes("photo.vec", png)))
                .hasMessage("photo.vec: this looks like a PNG image, not a word-vector file");
        assertThatThrownBy(() -> VectorReader.read(write("reviews.csv", "text,label\ngreat film,pos\n")))
                .hasMessageStartingWith("reviews.csv, line 1: expected a word followed by numbers, found 'text,label'");
    }

    @Test
    void corruptGzipNamesTheFile() throws IOException {
        byte[] gz = gzip("2 2\na 1 2\nb 3 4\n".repeat(1000).getBytes(StandardCharsets.UTF_8));
        for (int i = 20; i < gz.length - 8; i++) {
            gz[i] ^= 0x5a;
        }
        Path file = writeBytes("broken.vec.gz", gz);

        assertThatThrownBy(() -> VectorReader.read(file))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("broken.vec.gz, byte ")
                .hasMessageContaining("the gzip data is corrupt or cut short");
    }

    @Test
    void projectorPairNeedsItsMetadataFile() throws IOException {
        Path vectors = write("vectors.tsv", "1\t2\n3\t4\n");

        assertThatThrownBy(() -> VectorReader.read(vectors)).hasMessageStartingWith("metadata.tsv: is missing");

        write("metadata.tsv", "alps\nhimalaya\n");
        WordVectors v = VectorReader.read(vectors);
        assertThat(v.words()).containsExactly("alps", "himalaya");
        assertThat(v.source().format()).isEqualTo(VectorFormat.PROJECTOR_TSV);
    }
}
