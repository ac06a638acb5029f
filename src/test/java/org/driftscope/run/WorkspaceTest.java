package org.driftscope.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.driftscope.corpus.WatchPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a workspace tells the user about its files before a run starts. */
class WorkspaceTest {
    private static final Path DATA = Path.of("samples/mountains/data.tsv");
    private static final Path VECTORS = Path.of("samples/mountains/vectors.txt");

    @TempDir
    Path dir;

    @Test
    void warningsNameTheVectorFileAndWhatWasOddInIt() throws IOException {
        // the sample's vectors with a header that overstates the rows and one word repeated
        List<String> lines = Files.readAllLines(VECTORS);
        String[] header = lines.get(0).split(" ");
        Path vectors = dir.resolve("odd.vec");
        List<String> odd = new java.util.ArrayList<>(lines);
        odd.set(0, (Integer.parseInt(header[0]) + 50) + " " + header[1]);
        odd.add(lines.get(1));
        Files.write(vectors, odd);

        Workspace ws = Workspace.open("odd", vectors, DATA, List.of(), List.of());

        assertThat(ws.warnings())
                .anyMatch(w -> w.startsWith("odd.vec: ") && w.contains("1 duplicate word"))
                .anyMatch(w -> w.startsWith("odd.vec: ") && w.contains("header says"));
    }

    @Test
    void aWatchedWordWithoutAPretrainedVectorIsNotWatched() throws IOException {
        Workspace ws = Workspace.open(
                "m", VECTORS, DATA, List.of(WatchPair.parse("alps:himalaya"), WatchPair.parse("alps:zzzz")), List.of());

        assertThat(ws.unwatchable()).containsExactly("zzzz");
        assertThat(ws.watchable()).containsExactly(WatchPair.parse("alps:himalaya"));
    }
}
