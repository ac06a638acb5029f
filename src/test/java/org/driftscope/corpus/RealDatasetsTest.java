package org.driftscope.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.driftscope.SharedData;
import org.junit.jupiter.api.Test;

/** The real datasets in ../shared/data, with the counts their SOURCE.txt gives. */
class RealDatasetsTest {
    @Test
    void movieReviewsAreWindows1252With5331SentencesPerClass() throws IOException {
        Dataset mr = DatasetReader.read(SharedData.file("mr-rt-polarity"));

        assertThat(mr.format()).isEqualTo(DatasetFormat.FILE_PER_CLASS);
        assertThat(DatasetSummary.of(mr, Tokenizer.kim(), w -> false).documentsPerClass())
                .isEqualTo(Map.of("neg", 5331, "pos", 5331));
        assertThat(mr.notices())
                .contains(
                        "rt-polarity.pos is not UTF-8; it was read as Windows-1252",
                        "rt-polarity.neg is not UTF-8; it was read as Windows-1252");
    }

    @Test
    void sst2BringsItsOwnTrainDevAndTestSplits() throws IOException {
        Dataset sst = DatasetReader.read(SharedData.file("sst2/stsa.binary.train"));
        StratifiedSplit split = StratifiedSplit.of(sst, 0.1, 7);

        assertThat(sst.format()).isEqualTo(DatasetFormat.LABEL_FIRST);
        assertThat(split.train()).hasSize(6920);
        assertThat(split.validation()).hasSize(872);
        assertThat(split.test()).hasSize(1821);
        assertThat(sst.labels()).containsExactly("0", "1");
    }

    @Test
    void gensimFastTextCorpusReadsItsLatin1Lines() throws IOException {
        Dataset d = DatasetReader.read(SharedData.file("gensim-fixtures/pang_lee_polarity.cor"));

        assertThat(d.format()).isEqualTo(DatasetFormat.FASTTEXT);
        assertThat(d.labels()).containsExactly("neg", "pos");
        assertThat(d.notices()).anyMatch(n -> n.contains("Windows-1252"));
    }
}
