package org.driftscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.driftscope.drift.BruteForceNeighbours;
import org.driftscope.drift.Neighbour;
import org.driftscope.session.Session;
import org.driftscope.session.SessionFiles;
import org.driftscope.training.TunedTable;
import org.driftscope.vectors.VectorReader;
import org.driftscope.vectors.WordVectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any word of the table, not just the drawn ones (issue 21): a saved session keeps the table before
 * training and after the last epoch, and {@code inspect --word} lists an undrawn word's neighbours in
 * both, as a brute-force cosine search over those tables finds them.
 */
@Tag("slow")
class UndrawnWordTest {
    @TempDir
    static Path dir;

    private static Session session;
    private static String file;

    @BeforeAll
    static void train() throws Exception {
        Path out = dir.resolve("run");
        // few words drawn, so most of the table is not
        int code = Main.run(
                new String[] {
                    "train",
                    "--sample",
                    "mountains",
                    "--epochs",
                    "2",
                    "--track-top",
                    "20",
                    "--quiet",
                    "--out",
                    out.toString()
                },
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(new StringWriter(), true));
        assertThat(code).isZero();
        file = out.resolve("session.driftscope").toString();
        session = SessionFiles.read(Path.of(file));
    }

    @Test
    void theSavedFrozenTableHoldsThePretrainedRowsAsTheInputFileHasThem() throws Exception {
        TunedTable frozen = session.frozenTable();
        assertThat(frozen).as("the session keeps the table before training").isNotNull();
        assertThat(frozen.words()).isEqualTo(session.table().words());
        WordVectors input = VectorReader.read(Path.of("samples/mountains/vectors.txt"));
        int compared = 0;
        float[] row = new float[frozen.dimension()];
        for (int r = 0; r < frozen.size(); r++) {
            var i = input.indexOf(frozen.words().get(r));
            assertThat(session.table().pretrained()[r])
                    .as("%s started as its pretrained vector", frozen.words().get(r))
                    .isEqualTo(i.isPresent());
            if (i.isPresent()) {
                frozen.copyRow(r, row, 0);
                assertThat(row).as(frozen.words().get(r)).containsExactly(input.vector(i.getAsInt()));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(Arrays.equals(frozen.rows(), session.table().rows()))
                .as("a non-static run changed the table")
                .isFalse();
    }

    @Test
    void inspectListsAnUndrawnWordsNeighboursBeforeAndAfterAsABruteForceSearchFindsThem() {
        List<String> drawn = session.run().tracked().words();
        String word = session.table().words().stream()
                .filter(w -> !drawn.contains(w) && w.chars().allMatch(Character::isLetter))
                .findFirst()
                .orElseThrow();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(
                new String[] {"inspect", file, "--word", word}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).as(err.toString()).isZero();
        List<String> all = out.toString().lines().toList();
        // after the session's summary
        List<String> lines = all.subList(
                all.indexOf(all.stream()
                        .filter(l -> l.startsWith(word + ","))
                        .findFirst()
                        .orElseThrow()),
                all.size());
        assertThat(lines.get(0))
                .startsWith(word + ", nearest in the whole table")
                .contains("not drawn");
        assertThat(lines.get(1)).startsWith("  frozen:  ");
        assertThat(lines.get(2)).startsWith("  epoch 2: ");
        assertSameNeighbours(lines.get(1).substring(11), bruteForce(session.frozenTable(), word));
        assertSameNeighbours(lines.get(2).substring(11), bruteForce(session.table(), word));
        assertThat(lines.get(1).substring(11))
                .as("training moved them")
                .isNotEqualTo(lines.get(2).substring(11));
    }

    @Test
    void aWordWithoutAPretrainedVectorIsSaidToHaveStartedRandom() throws Exception {
        WordVectors input = VectorReader.read(Path.of("samples/mountains/vectors.txt"));
        List<String> drawn = session.run().tracked().words();
        String word = session.table().words().stream()
                .filter(w -> !drawn.contains(w) && input.indexOf(w).isEmpty())
                .findFirst()
                .orElseThrow();
        StringWriter out = new StringWriter();

        Main.run(
                new String[] {"inspect", file, "--word", word},
                new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));

        assertThat(out.toString()).contains(word + ", nearest in the whole table", "it has no pretrained vector here");
    }

    @Test
    void aWordOutsideTheTableIsOneClearLine() {
        StringWriter err = new StringWriter();

        int code = Main.run(
                new String[] {"inspect", file, "--word", "zzzz"},
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));

        assertThat(code).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString().strip())
                .isEqualTo(String.format(
                        Locale.ROOT,
                        "driftscope: 'zzzz' is neither drawn nor in the session's table of %,d words (the dataset's"
                                + " words and the named ones)",
                        session.table().size()));
    }

    /** The same words in the same order, and cosines equal to the three decimals printed. */
    private static void assertSameNeighbours(String printed, List<Neighbour> expected) {
        String[] items = printed.split(", ");
        assertThat(items).hasSize(expected.size());
        for (int i = 0; i < items.length; i++) {
            String[] parts = items[i].split(" ");
            assertThat(parts[0]).isEqualTo(expected.get(i).word());
            assertThat(Double.parseDouble(parts[1]))
                    .isCloseTo(expected.get(i).similarity(), org.assertj.core.data.Offset.offset(6e-4));
        }
    }

    private static List<Neighbour> bruteForce(TunedTable table, String word) {
        return BruteForceNeighbours.of(table, word, 10);
    }
}
