package org.driftscope.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import org.driftscope.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The quirky real files in ../shared/data, each read with the shape and oddities its SOURCE.txt lists. */
class RealVectorFilesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "glove-6B-50d-head9163/glove.6B.50d.txt, GLOVE_TEXT, 9163, 50",
        "fasttext-cc-en-300-head1000/cc.en.300.small.vec, WORD2VEC_TEXT, 1000, 300",
        "fasttext-cc-en-300-head1000/cc.en.300.small.vec.gz, WORD2VEC_TEXT, 1000, 300",
        "dl4j-googlenews30/google_news_30.bin, WORD2VEC_BINARY, 30, 300",
        "dl4j-googlenews30/google_news_30.bin.gz, WORD2VEC_BINARY, 30, 300",
        "dl4j-googlenews30/google_news_30.txt, WORD2VEC_TEXT, 30, 300",
        "dl4j-googlenews30/fast_text.vec, WORD2VEC_TEXT, 99, 300",
        "gensim-fixtures/pang_lee_polarity_fasttext.vec, WORD2VEC_TEXT, 1694, 100",
        "gensim-fixtures/lee_fasttext.vec, WORD2VEC_TEXT, 1762, 10",
        "gensim-fixtures/euclidean_vectors.bin, WORD2VEC_BINARY, 2747, 10"
    })
    void readsEveryRealFileWithItsShape(String relative, VectorFormat format, int rows, int dimension)
            throws IOException {
        WordVectors v = VectorReader.read(SharedData.file(relative));

        assertThat(v.source().format()).isEqualTo(format);
        assertThat(v.size()).isEqualTo(rows);
        assertThat(v.dimension()).isEqualTo(dimension);
        assertThat(v.source().duplicates()).isZero();
    }

    /** A full export rewrites the input row by row; with nothing replaced it must give back the file's values. */
    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "gensim-fixtures/euclidean_vectors.bin, WORD2VEC_BINARY",
        "gensim-fixtures/pang_lee_polarity_fasttext.vec, WORD2VEC_TEXT",
        "dl4j-googlenews30/google_news_30.bin.gz, WORD2VEC_BINARY",
        "glove-6B-50d-head9163/glove.6B.50d.txt, GLOVE_TEXT",
        "glove-6B-50d-head9163/glove.6B.50d.txt, PROJECTOR_TSV"
    })
    void aRewriteWithNothingReplacedReadsBackValueForValue(
            String relative, VectorFormat format, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        var input = SharedData.file(relative);
        var out = dir.resolve(format == VectorFormat.PROJECTOR_TSV ? "out-vectors.tsv" : "out");

        var written = VectorWriter.rewrite(input, null, (w, row) -> false, w -> true, true, out, format);

        WordVectors before = VectorReader.read(input);
        WordVectors after = VectorReader.read(out, ReadOptions.all().withFormat(format));
        assertThat(written.rows()).isEqualTo(before.source().rowsRead());
        assertThat(written.replaced()).isZero();
        assertThat(after.words()).isEqualTo(before.words());
        assertThat(after.matrix()).isEqualTo(before.matrix());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "glove-6B-50d-head9163/glove.6B.50d.txt",
                "dl4j-googlenews30/google_news_30.bin",
                "dl4j-googlenews30/google_news_30.bin.gz",
                "fasttext-cc-en-300-head1000/cc.en.300.small.vec.gz"
            })
    void theDimensionFromTheFirstRowIsTheWholeFilesDimension(String file) throws IOException {
        Path path = SharedData.file(file);

        assertThat(VectorReader.dimension(path, null))
                .isEqualTo(VectorReader.read(path).dimension());
    }

    @Test
    void gloveKeepsItsNonAsciiWords() throws IOException {
        WordVectors v = VectorReader.read(SharedData.file("glove-6B-50d-head9163/glove.6B.50d.txt"));

        assertThat(v.words()).contains("josé", "’s", "–");
        assertThat(v.source().nonUtf8Words()).isZero();
        assertThat(v.get(v.indexOf("the").getAsInt(), 0)).isEqualTo(0.418f);
    }

    @Test
    void latin1WordsOfTheGensimFileAreReadAsWindows1252AndReported() throws IOException {
        WordVectors v = VectorReader.read(SharedData.file("gensim-fixtures/pang_lee_polarity_fasttext.vec"));

        assertThat(v.words()).contains("clichés", "ladrón", "orquídeas", "amélie's", "—", "</s>");
        assertThat(v.source().nonUtf8Words()).isEqualTo(5);
    }

    @Test
    void binaryAndTextCopiesOfTheGoogleNewsVectorsAgree() throws IOException {
        WordVectors bin = VectorReader.read(SharedData.file("dl4j-googlenews30/google_news_30.bin"));
        WordVectors txt = VectorReader.read(SharedData.file("dl4j-googlenews30/google_news_30.txt"));

        assertThat(txt.words()).isEqualTo(bin.words());
        for (int i = 0; i < bin.size(); i++) {
            for (int j = 0; j < bin.dimension(); j++) {
                assertThat(txt.get(i, j)).isCloseTo(bin.get(i, j), within(1e-5f));
            }
        }
    }

    @Test
    void gzippedAndPlainFastTextFilesAreIdentical() throws IOException {
        WordVectors plain = VectorReader.read(SharedData.file("fasttext-cc-en-300-head1000/cc.en.300.small.vec"));
        WordVectors gz = VectorReader.read(SharedData.file("fasttext-cc-en-300-head1000/cc.en.300.small.vec.gz"));

        assertThat(gz.words()).isEqualTo(plain.words());
        assertThat(gz.matrix()).isEqualTo(plain.matrix());
    }

    @Test
    void filteredLoadFromTheRealGloveFileReportsAbsentWatchWords() throws IOException {
        var wanted = java.util.Set.of("good", "bad", "great", "terrible", "alps", "himalaya");

        WordVectors v =
                VectorReader.read(SharedData.file("glove-6B-50d-head9163/glove.6B.50d.txt"), ReadOptions.only(wanted));

        assertThat(v.words()).containsExactlyInAnyOrder("good", "bad", "great", "terrible");
        assertThat(v.source().missing()).containsExactly("alps", "himalaya");
    }
}
